using SlmGuide.Data.Diagnostics;
using SlmGuide.Site.Benchmarks;
using SlmGuide.Site.Checking;
using SlmGuide.Site.Markdown;
using SlmGuide.Site.Output;
using SlmGuide.Site.Pages;
using SlmGuide.Site.Tables;
using SlmGuide.Site.Theming;

namespace SlmGuide.Site.Building;

/// <summary>The site after planning: every page to render, the built tables, and what templates share.</summary>
public sealed record PlannedSite(
    SiteInputs Inputs,
    SitePaths Paths,
    TemplateRunner Runner,
    IReadOnlyDictionary<string, TableModel> Tables,
    SiteView Site,
    IReadOnlyList<PlannedPage> Pages)
{
    public static PlannedSite Plan(SiteInputs inputs, DiagnosticBag diagnostics)
    {
        var paths = new SitePaths(inputs.Config);
        var tables = new SurveyTables(paths, inputs.Survey, Freshness.For(inputs.Config, inputs.Survey));
        var runner = new TemplateRunner(inputs.Theme);
        var bench = new BenchTables(inputs.BenchResults);
        var built = tables.BuildAll().Concat(bench.BuildAll()).ToDictionary(StringComparer.Ordinal);
        var tableHtml = new TableHtml(runner, inputs.Theme, built, diagnostics);
        var parsed = inputs.Content.AsParallel().AsOrdered().Select(ParsedPage.Parse).ToList();
        var planner = new PagePlanner(inputs.Config, paths, inputs.Survey, tables, bench, built, tableHtml);
        var pages = planner.Plan(parsed, diagnostics);
        LinkChecker.Check(parsed, pages, diagnostics);
        foreach (var page in pages.Where(p => !inputs.Theme.Layouts.ContainsKey(p.Layout)))
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.MissingLayout,
                page.LayoutChosenAt,
                $"there is no layout `{page.Layout}` in theme/layouts/",
                Suggestions.DidYouMean(page.Layout, inputs.Theme.Layouts.Keys) ?? $"add theme/layouts/{page.Layout}.html"));
        }

        var site = planner.Site(
            parsed,
            withSearch: File.Exists(inputs.Root.Resolve(SearchIndexStep.PackageFile)),
            withFeed: inputs.Changelog.Changes.Count > 0);
        return new PlannedSite(inputs, paths, runner, built, site, pages);
    }

    /// <summary>Renders every page in parallel; <paramref name="write"/> receives each finished page.</summary>
    public int Render(Action<PlannedPage, string>? write, DiagnosticBag diagnostics)
    {
        var written = 0;
        var layouts = Inputs.Theme.Layouts;
        Parallel.ForEach(Pages.Where(p => layouts.ContainsKey(p.Layout)), page =>
        {
            var variables = new Dictionary<string, object?> { ["site"] = Site, ["page"] = page.View() };
            var html = Runner.Render(layouts[page.Layout], variables, diagnostics);
            if (html is not null && write is not null)
            {
                write(page, html);
                Interlocked.Increment(ref written);
            }
        });
        return written;
    }
}
