using System.Globalization;
using SlmGuide.Data;
using SlmGuide.Data.Binding;
using SlmGuide.Data.Changes;
using SlmGuide.Data.Diagnostics;
using SlmGuide.Data.Survey;
using SlmGuide.Site.Benchmarks;
using SlmGuide.Site.Building;
using SlmGuide.Site.Markdown;
using SlmGuide.Site.Tables;
using SlmGuide.Site.Theming;

namespace SlmGuide.Site.Pages;

/// <summary>
/// Decides which pages exist (content pages, one per model, the 404 page), how they link to each
/// other (navigation, breadcrumbs, previous/next) and which layout renders each. Bodies come from
/// <c>renderBody</c>, so a live preview can reuse the ones whose inputs did not change. Whether
/// the plan is sound (tables, URLs, layouts) is for the validate stage (<see cref="PageChecks"/>).
/// </summary>
public sealed class PagePlanner(
    SiteConfig config,
    SitePaths paths,
    SurveyData survey,
    SurveyTables tables,
    BenchTables bench,
    DeviceFitTables devices,
    TableHtml tableHtml,
    Func<ParsedPage, Rendered<string>> renderBody)
{
    private const string HomeTitle = "ホーム";

    /// <summary>The site URL of the HTML 更新履歴, made from data/changelog.yaml while it has entries.</summary>
    public const string ChangelogUrl = "/changelog/";

    /// <summary>data/changelog.yaml, which also becomes the 更新履歴 page.</summary>
    public Changelog Changelog { get; init; } = new();

    /// <summary>The last commit date of each page under content/, by display path (see <see cref="Content.PageCommitDates"/>).</summary>
    public IReadOnlyDictionary<string, DateOnly> CommitDates { get; init; } = new Dictionary<string, DateOnly>(StringComparer.Ordinal);

    /// <summary>The site-wide view; <paramref name="links"/> are the head links of the output steps enabled for this site.</summary>
    public SiteView Site(IReadOnlyList<ParsedPage> pages, IEnumerable<HeadLink> links) => new()
    {
        Title = SafeHtml.Escape(config.Title),
        Description = SafeHtml.Escape(config.Description),
        Language = SafeHtml.Escape(config.Language),
        HomeHref = SafeHtml.Escape(paths.Href("/")),
        AssetsHref = SafeHtml.Escape(paths.Href("/assets/")),
        Nav = Navigation(pages),
        Links = links.ToDictionary(link => link.Name, link => SafeHtml.Escape(paths.Href(link.SiteUrl)), StringComparer.Ordinal),
        OpenGraphLocale = SafeHtml.Escape(config.Language == "ja" ? "ja_JP" : config.Language.Replace('-', '_')),
    };

    public IReadOnlyList<PlannedPage> Plan(IReadOnlyList<ParsedPage> pages)
    {
        var nav = Navigation(pages);
        var planned = new List<PlannedPage>();
        planned.AddRange(pages.Select(page => ContentPage(page, nav)));
        planned.AddRange(survey.Models.Models.Select(model => ModelPage(model, pages)));
        if (Changelog.Changes.Count > 0 && !pages.Any(p => p.Page.Url == ChangelogUrl))
        {
            planned.Add(ChangelogPage());
        }

        planned.Add(NotFoundPage());
        return planned;
    }

    private IReadOnlyList<NavItem> Navigation(IReadOnlyList<ParsedPage> pages) =>
        [.. pages
            .Select(p => p.Page)
            .Where(p => p.Url != "/" && p.FrontMatter.InNav && p.IsTopLevel)
            .OrderBy(p => p.FrontMatter.Order ?? int.MaxValue)
            .ThenBy(p => p.Url, StringComparer.Ordinal)
            .Select(p => new NavItem(
                SafeHtml.Escape(p.FrontMatter.NavTitle ?? p.FrontMatter.Title),
                SafeHtml.Escape(paths.Href(p.Url)),
                p.Url,
                p.FrontMatter.Section is null ? null : SafeHtml.Escape(p.FrontMatter.Section))
            {
                Description = string.IsNullOrWhiteSpace(p.FrontMatter.Description) ? null : SafeHtml.Escape(p.FrontMatter.Description),
            })];

    private PlannedPage ContentPage(ParsedPage parsed, IReadOnlyList<NavItem> nav)
    {
        var page = parsed.Page;
        var front = page.FrontMatter;
        var index = nav.ToList().FindIndex(n => n.Url == page.Url);
        var breadcrumbs = page.Url == "/" ? [] : new[] { Home(), Current(front.Title, page.Url) };
        return new PlannedPage(page.Url, front.Layout, front.LocationOf("layout"), () =>
        {
            var body = renderBody(parsed);
            var view = Located(page.Url) with
            {
                Title = SafeHtml.Escape(front.Title),
                Description = SafeHtml.Escape(front.Description ?? config.Description),
                Content = SafeHtml.Generated(body.Value),
                Section = front.Section is null ? null : SafeHtml.Escape(front.Section),
                EditHref = EditHrefOf(page),
                Updated = UpdatedOf(page) is { } updated ? SafeHtml.Escape(updated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null,
                Toc = parsed.Toc,
                Breadcrumbs = breadcrumbs,
                Previous = index > 0 ? nav[index - 1] : null,
                Next = index >= 0 && index < nav.Count - 1 ? nav[index + 1] : null,
            };
            return new Rendered<PageView>(view, body.Diagnostics);
        });
    }

    private PlannedPage ModelPage(Model model, IReadOnlyList<ParsedPage> pages)
    {
        var url = SitePaths.ModelUrl(model.Id);
        var listing = pages.FirstOrDefault(p => p.PlacedTables.Any(t => t.TableId == "models"))?.Page;
        var crumbs = new List<NavItem> { Home() };
        if (listing is not null)
        {
            crumbs.Add(Current(listing.FrontMatter.NavTitle ?? listing.FrontMatter.Title, listing.Url));
        }

        crumbs.Add(Current(model.Name, url));
        return new PlannedPage(url, "model", model.Location, () =>
        {
            var placed = tables.ForModel(model.Id).Concat(bench.ForModel(model.Id)).Concat(devices.ForModel(model.Id)).Select(tableHtml.Render).ToList();
            var view = Located(url) with
            {
                Title = SafeHtml.Escape(model.Name),
                Description = SafeHtml.Escape($"{model.Name}（{model.Developer}）の概要: {SurveyTables.SizeText(model)}、{model.Features}"),
                Breadcrumbs = crumbs,
                Model = new ModelView(SafeHtml.Escape(model.Name), ModelFacts(model), [.. placed.Select(table => SafeHtml.Generated(table.Value))]),
            };
            return new Rendered<PageView>(view, [.. placed.SelectMany(table => table.Diagnostics)]);
        });
    }

    private List<Fact> ModelFacts(Model model)
    {
        var facts = new List<Fact>
        {
            TextFact("開発元", model.Developer),
            TextFact("パラメータ数", SurveyTables.SizeText(model)),
        };
        if (model.ContextLength is { } context)
        {
            facts.Add(TextFact("コンテキスト長", context.ToString("N0", CultureInfo.InvariantCulture) + " トークン"));
        }

        if (model.Released is { } released)
        {
            facts.Add(TextFact("公開日", released.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        AddLabel(facts, "公開/商用", model.Availability);
        if (model.License is { } license)
        {
            facts.Add(TextFact("ライセンス", license));
        }

        AddLabel(facts, "日本語対応", model.Japanese);
        facts.Add(TextFact("特徴", model.Features));
        if (model.Url is { } site)
        {
            facts.Add(new(SafeHtml.Escape("公式ページ"), SafeHtml.Generated(Html.Link(site.AbsoluteUri, site.AbsoluteUri, external: true))));
        }

        AddLink(facts, "モデルカード", model.ModelCard);
        AddLink(facts, "公式GGUF", model.Gguf);
        if (RunCommands.For(model) is { Count: > 0 } commands)
        {
            facts.Add(new(SafeHtml.Escape("実行例"), SafeHtml.Generated(string.Join("<br>", commands.Select(c => $"<code>{Html.Escape(c)}</code>")))));
        }

        if (survey.SourcesById.TryGetValue(model.Source.Id, out var source))
        {
            facts.Add(new(SafeHtml.Escape("情報源"), SafeHtml.Generated(Html.Link(source.Title, source.Url.AbsoluteUri, external: true)
                + $"（確認日 {model.Checked.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}）")));
        }

        foreach (var fieldSource in model.FieldSources)
        {
            if (survey.SourcesById.TryGetValue(fieldSource.Source.Id, out var second))
            {
                var fields = string.Join("・", fieldSource.Fields.Select(key => EntryFields.LabelOf(typeof(Model), key)));
                facts.Add(new(SafeHtml.Escape($"情報源（{fields}）"), SafeHtml.Generated(Html.Link(second.Title, second.Url.AbsoluteUri, external: true)
                    + $"（確認日 {fieldSource.Checked.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}）")));
            }
        }

        if (model.Unconfirmed.Count > 0)
        {
            facts.Add(TextFact("未確認項目", string.Join("、", model.Unconfirmed.Select(key => EntryFields.LabelOf(typeof(Model), key)))));
        }

        if (model.Draft)
        {
            var pending = EntryFields.Keys(typeof(Model)).Where(model.IsPending).Select(key => EntryFields.LabelOf(typeof(Model), key)).ToList();
            facts.Add(TextFact("下書き", pending.Count == 0 ? "公開前の行です" : $"公開前の行です（{Cell.PendingText}: {string.Join("、", pending)}）"));
        }

        return facts;
    }

    // The later of what the author wrote in `date` and the last commit that changed the file: an
    // author who forgets to bump `date` still shows the page's real age.
    private DateOnly? UpdatedOf(Content.ContentPage page)
    {
        DateOnly? committed = CommitDates.TryGetValue(page.DisplayPath, out var date) ? date : null;
        return (page.FrontMatter.Date, committed) switch
        {
            ({ } written, { } last) => written > last ? written : last,
            (var written, var last) => written ?? last,
        };
    }

    private SafeHtml? EditHrefOf(Content.ContentPage page) =>
        config.EditUrl is { } edit
            ? SafeHtml.Escape(edit.AbsoluteUri.TrimEnd('/') + "/" + string.Join('/', page.DisplayPath.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString)))
            : null;

    private static Fact TextFact(string label, string text) => new(SafeHtml.Escape(label), SafeHtml.Escape(text));

    private static void AddLink(List<Fact> facts, string label, Uri? url)
    {
        if (url is not null)
        {
            facts.Add(new(SafeHtml.Escape(label), SafeHtml.Generated(Html.Link(url.AbsoluteUri, url.AbsoluteUri, external: true))));
        }
    }

    private static void AddLabel<TEnum>(List<Fact> facts, string label, TEnum? value)
        where TEnum : struct, Enum
    {
        if (value is { } v)
        {
            facts.Add(TextFact(label, EnumLabels.Of(v)));
        }
    }

    // Newest first, as readers of a history expect; the same day keeps the file's order.
    private PlannedPage ChangelogPage() => new(
        ChangelogUrl,
        "changelog",
        SourceLocation.StartOf(Changelog.FileName),
        () => Rendered.Clean(Located(ChangelogUrl) with
        {
            Title = SafeHtml.Generated("更新履歴"),
            Description = SafeHtml.Generated("このガイドに加えた更新の一覧。新しいものから順に並べています。"),
            Breadcrumbs = [Home(), Current("更新履歴", ChangelogUrl)],
            Changes = [.. Changelog.Changes
                .Select((change, position) => (change, position))
                .OrderByDescending(c => c.change.Date)
                .ThenBy(c => c.position)
                .Select(c => new ChangeView(
                    SafeHtml.Escape(c.change.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                    SafeHtml.Escape(c.change.Title),
                    c.change.Summary is null ? null : SafeHtml.Escape(c.change.Summary),
                    c.change.Page is null ? null : SafeHtml.Escape(paths.Href(c.change.Page))))],
        }));

    private PlannedPage NotFoundPage() => new(
        "/404.html",
        "404",
        SourceLocation.StartOf("theme/layouts/404.html"),
        () => Rendered.Clean(Located("/404.html") with
        {
            Title = SafeHtml.Generated("ページが見つかりません"),
            Description = SafeHtml.Escape(config.Description),
            Breadcrumbs = [Home()],
        }));

    // A view with the page's addresses filled in; the caller sets the rest.
    private PageView Located(string url) => new()
    {
        Title = SafeHtml.Empty,
        Description = SafeHtml.Empty,
        Url = url,
        Href = SafeHtml.Escape(paths.Href(url)),
        Canonical = SafeHtml.Escape(paths.Absolute(url)),
    };

    private NavItem Home() => new(SafeHtml.Generated(HomeTitle), SafeHtml.Escape(paths.Href("/")), "/", null);

    private NavItem Current(string title, string url) => new(SafeHtml.Escape(title), SafeHtml.Escape(paths.Href(url)), url, null);
}
