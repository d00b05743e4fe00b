using System.Globalization;
using SlmGuide.Data;
using SlmGuide.Data.Binding;
using SlmGuide.Data.Diagnostics;
using SlmGuide.Data.Survey;
using SlmGuide.Site.Benchmarks;
using SlmGuide.Site.Building;
using SlmGuide.Site.Markdown;
using SlmGuide.Site.Tables;

namespace SlmGuide.Site.Pages;

/// <summary>
/// Decides which pages exist (content pages, one per model, the 404 page), how they link to each
/// other (navigation, breadcrumbs, previous/next) and which layout renders each. Bodies come from
/// <c>renderBody</c>, so a live preview can reuse the ones whose inputs did not change.
/// </summary>
public sealed class PagePlanner(
    SiteConfig config,
    SitePaths paths,
    SurveyData survey,
    SurveyTables tables,
    BenchTables bench,
    IReadOnlyDictionary<string, TableModel> catalog,
    TableHtml tableHtml,
    Func<ParsedPage, string> renderBody)
{
    private const string HomeTitle = "ホーム";

    /// <summary>The site-wide view; <paramref name="links"/> are the head links of the output steps enabled for this site.</summary>
    public SiteView Site(IReadOnlyList<ParsedPage> pages, IEnumerable<HeadLink> links) => new(
        Html.Escape(config.Title),
        Html.Escape(config.Description),
        Html.Escape(config.Language),
        Html.Escape(paths.Href("/")),
        Html.Escape(paths.Href("/assets/")),
        Navigation(pages))
    {
        Links = links.ToDictionary(link => link.Name, link => Html.Escape(paths.Href(link.SiteUrl)), StringComparer.Ordinal),
        OpenGraphLocale = Html.Escape(config.Language == "ja" ? "ja_JP" : config.Language.Replace('-', '_')),
    };

    public IReadOnlyList<PlannedPage> Plan(IReadOnlyList<ParsedPage> pages, DiagnosticBag diagnostics)
    {
        CheckPlacedTables(pages, diagnostics);
        var nav = Navigation(pages);
        var planned = new List<PlannedPage>();
        planned.AddRange(pages.Select(page => ContentPage(page, nav)));
        planned.AddRange(survey.Models.Models.Select(model => ModelPage(model, pages)));
        planned.Add(NotFoundPage());
        CheckUniqueUrls(planned, diagnostics);
        return planned;
    }

    private IReadOnlyList<NavItem> Navigation(IReadOnlyList<ParsedPage> pages) =>
        [.. pages
            .Select(p => p.Page)
            .Where(p => p.Url != "/" && p.FrontMatter.InNav && p.IsTopLevel)
            .OrderBy(p => p.FrontMatter.Order ?? int.MaxValue)
            .ThenBy(p => p.Url, StringComparer.Ordinal)
            .Select(p => new NavItem(
                Html.Escape(p.FrontMatter.NavTitle ?? p.FrontMatter.Title),
                Html.Escape(paths.Href(p.Url)),
                p.Url,
                p.FrontMatter.Section is null ? null : Html.Escape(p.FrontMatter.Section)))];

    private PlannedPage ContentPage(ParsedPage parsed, IReadOnlyList<NavItem> nav)
    {
        var page = parsed.Page;
        var front = page.FrontMatter;
        var index = nav.ToList().FindIndex(n => n.Url == page.Url);
        var breadcrumbs = page.Url == "/" ? [] : new[] { Home(), Current(front.Title, page.Url) };
        return new PlannedPage(
            page.Url,
            front.Layout,
            front.LocationOf("layout"),
            () => new PageView(
                Html.Escape(front.Title),
                Html.Escape(front.Description ?? config.Description),
                page.Url,
                Html.Escape(paths.Href(page.Url)),
                Html.Escape(paths.Absolute(page.Url)),
                renderBody(parsed),
                front.Section is null ? null : Html.Escape(front.Section),
                parsed.Toc,
                breadcrumbs,
                index > 0 ? nav[index - 1] : null,
                index >= 0 && index < nav.Count - 1 ? nav[index + 1] : null,
                null));
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
        return new PlannedPage(
            url,
            "model",
            model.Location,
            () => new PageView(
                Html.Escape(model.Name),
                Html.Escape($"{model.Name}（{model.Developer}）の概要: {SurveyTables.SizeText(model)}、{model.Features}"),
                url,
                Html.Escape(paths.Href(url)),
                Html.Escape(paths.Absolute(url)),
                string.Empty,
                null,
                [],
                crumbs,
                null,
                null,
                new ModelView(Html.Escape(model.Name), ModelFacts(model), [.. tables.ForModel(model.Id).Append(bench.ForModel(model.Id)).OfType<TableModel>().Select(tableHtml.Render)])));
    }

    private List<Fact> ModelFacts(Model model)
    {
        var facts = new List<Fact>
        {
            new("開発元", Html.Escape(model.Developer)),
            new("パラメータ数", Html.Escape(SurveyTables.SizeText(model))),
        };
        if (model.ContextLength is { } context)
        {
            facts.Add(new("コンテキスト長", Html.Escape(context.ToString("N0", CultureInfo.InvariantCulture) + " トークン")));
        }

        if (model.Released is { } released)
        {
            facts.Add(new("公開日", released.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        AddLabel(facts, "公開/商用", model.Availability);
        if (model.License is { } license)
        {
            facts.Add(new("ライセンス", Html.Escape(license)));
        }

        AddLabel(facts, "日本語対応", model.Japanese);
        facts.Add(new("特徴", Html.Escape(model.Features)));
        if (model.Url is { } site)
        {
            facts.Add(new("公式ページ", Html.Link(site.AbsoluteUri, site.AbsoluteUri, external: true)));
        }

        if (survey.SourcesById.TryGetValue(model.Source.Id, out var source))
        {
            facts.Add(new("情報源", Html.Link(source.Title, source.Url.AbsoluteUri, external: true)
                + $"（確認日 {model.Checked.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}）"));
        }

        if (model.Unconfirmed.Count > 0)
        {
            facts.Add(new("未確認項目", Html.Escape(string.Join("、", model.Unconfirmed))));
        }

        return facts;
    }

    private static void AddLabel<TEnum>(List<Fact> facts, string label, TEnum? value)
        where TEnum : struct, Enum
    {
        if (value is { } v)
        {
            facts.Add(new(label, Html.Escape(EnumLabels.Of(v))));
        }
    }

    private PlannedPage NotFoundPage() => new(
        "/404.html",
        "404",
        SourceLocation.StartOf("theme/layouts/404.html"),
        () => new PageView(
            "ページが見つかりません",
            Html.Escape(config.Description),
            "/404.html",
            Html.Escape(paths.Href("/404.html")),
            Html.Escape(paths.Absolute("/404.html")),
            string.Empty,
            null,
            [],
            [Home()],
            null,
            null,
            null));

    private NavItem Home() => new(HomeTitle, Html.Escape(paths.Href("/")), "/", null);

    private NavItem Current(string title, string url) => new(Html.Escape(title), Html.Escape(paths.Href(url)), url, null);

    private void CheckPlacedTables(IReadOnlyList<ParsedPage> pages, DiagnosticBag diagnostics)
    {
        var placed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var block in page.PlacedTables)
            {
                placed.Add(block.TableId);
                if (!catalog.ContainsKey(block.TableId))
                {
                    diagnostics.Add(Diagnostic.Error(
                        DiagnosticCodes.UnknownTable,
                        page.Page.LineOf(block.Line),
                        $"there is no survey table `{block.TableId}`",
                        Suggestions.DidYouMean(block.TableId, catalog.Keys) ?? "see the README for the table ids"));
                }
            }
        }

        if (pages.Count == 0)
        {
            return;
        }

        foreach (var table in catalog.Values.Where(t => !placed.Contains(t.Id)).OrderBy(t => t.Id, StringComparer.Ordinal))
        {
            diagnostics.Add(Diagnostic.Warning(
                DiagnosticCodes.TableNotPlaced,
                SourceLocation.StartOf(Content.ContentLoader.Folder),
                $"the table `{table.Id}` ({table.Title}) is not placed on any page",
                $"add `{{{{< table \"{table.Id}\" >}}}}` to a page in content/"));
        }
    }

    private static void CheckUniqueUrls(IReadOnlyList<PlannedPage> pages, DiagnosticBag diagnostics)
    {
        foreach (var group in pages.GroupBy(p => p.Url, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            foreach (var page in group.Skip(1))
            {
                diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.DuplicatePageUrl,
                    page.LayoutChosenAt,
                    $"two pages would be written to `{group.Key}`",
                    "rename one of the files or give it a different `slug`"));
            }
        }
    }
}
