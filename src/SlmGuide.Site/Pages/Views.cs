namespace SlmGuide.Site.Pages;

// What templates see. Every string here is HTML-safe already (escaped text or HTML we generated),
// so templates print values as they are. Scriban shows members in snake_case: NavTitle → nav_title.

public sealed record NavItem(string Title, string Href, string Url, string? Section);

public sealed record SiteView(string Title, string Description, string Language, string HomeHref, string AssetsHref, IReadOnlyList<NavItem> Nav)
{
    /// <summary>
    /// The head link of each output step enabled for this site, by name: <c>feed</c> (the Atom
    /// feed, while the changelog has entries), <c>search</c> (Pagefind's folder, when the site has search).
    /// </summary>
    public IReadOnlyDictionary<string, string> Links { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>OpenGraph wants a territory as well as a language: "ja" → "ja_JP".</summary>
    public string OpenGraphLocale { get; init; } = string.Empty;
}

public sealed record TocEntry(string Id, string Text, int Level);

public sealed record PageView(
    string Title,
    string Description,
    string Url,
    string Href,
    string Canonical,
    string Content,
    string? Section,
    IReadOnlyList<TocEntry> Toc,
    IReadOnlyList<NavItem> Breadcrumbs,
    NavItem? Previous,
    NavItem? Next,
    ModelView? Model);

public sealed record Fact(string Label, string Value);

public sealed record ModelView(string Name, IReadOnlyList<Fact> Facts, IReadOnlyList<string> Tables);
