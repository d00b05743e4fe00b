namespace SlmGuide.Site.Pages;

// What templates see. Every printable member is SafeHtml (escaped text or HTML we generated), so
// templates print values as they are; plain strings (Url) are for comparing, not printing.
// Scriban shows members in snake_case: NavTitle → nav_title.

public sealed record NavItem(SafeHtml Title, SafeHtml Href, string Url, SafeHtml? Section)
{
    /// <summary>The page's front-matter description, for the home page's chapter list; null when it has none.</summary>
    public SafeHtml? Description { get; init; }
}

public sealed record SiteView
{
    public required SafeHtml Title { get; init; }

    public required SafeHtml Description { get; init; }

    public required SafeHtml Language { get; init; }

    public required SafeHtml HomeHref { get; init; }

    public required SafeHtml AssetsHref { get; init; }

    public IReadOnlyList<NavItem> Nav { get; init; } = [];

    /// <summary>
    /// The head link of each output step enabled for this site, by name: <c>feed</c> (the Atom
    /// feed, while the changelog has entries), <c>search</c> (Pagefind's folder, when the site has search).
    /// </summary>
    public IReadOnlyDictionary<string, SafeHtml> Links { get; init; } = new Dictionary<string, SafeHtml>(StringComparer.Ordinal);

    /// <summary>OpenGraph wants a territory as well as a language: "ja" → "ja_JP".</summary>
    public SafeHtml OpenGraphLocale { get; init; } = SafeHtml.Empty;
}

public sealed record TocEntry(SafeHtml Id, SafeHtml Text, int Level);

public sealed record PageView
{
    public required SafeHtml Title { get; init; }

    public required SafeHtml Description { get; init; }

    /// <summary>The page's site URL ("/models/x/"), for comparing with <see cref="NavItem.Url"/>; print <see cref="Href"/>.</summary>
    public required string Url { get; init; }

    /// <summary>The link to the page, under the site's base path.</summary>
    public required SafeHtml Href { get; init; }

    /// <summary>The page's absolute address.</summary>
    public required SafeHtml Canonical { get; init; }

    /// <summary>The rendered Markdown body; empty on pages made from data.</summary>
    public SafeHtml Content { get; init; } = SafeHtml.Empty;

    public SafeHtml? Section { get; init; }

    public IReadOnlyList<TocEntry> Toc { get; init; } = [];

    public IReadOnlyList<NavItem> Breadcrumbs { get; init; } = [];

    public NavItem? Previous { get; init; }

    public NavItem? Next { get; init; }

    public ModelView? Model { get; init; }

    /// <summary>Where the reader can propose a change to this page's source; null unless site.yaml sets edit_url.</summary>
    public SafeHtml? EditHref { get; init; }

    /// <summary>The page's 更新日 (yyyy-MM-dd): its front-matter `date` or its last commit, whichever is later; null when neither is known.</summary>
    public SafeHtml? Updated { get; init; }

    /// <summary>The entries of the 更新履歴 page, newest first; empty on every other page.</summary>
    public IReadOnlyList<ChangeView> Changes { get; init; } = [];
}

/// <summary>One entry of the 更新履歴 page; <see cref="Href"/> is the page the change is about, if it names one.</summary>
public sealed record ChangeView(SafeHtml Date, SafeHtml Title, SafeHtml? Summary, SafeHtml? Href);

public sealed record Fact(SafeHtml Label, SafeHtml Value);

public sealed record ModelView(SafeHtml Name, IReadOnlyList<Fact> Facts, IReadOnlyList<SafeHtml> Tables);
