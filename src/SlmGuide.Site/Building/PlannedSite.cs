using SlmGuide.Data.Concurrency;
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
    /// <summary>Plans the site; <paramref name="cache"/> carries work over from the previous build of a live preview.</summary>
    public static PlannedSite Plan(SiteInputs inputs, DiagnosticBag diagnostics, PlanningCache? cache = null)
    {
        cache ??= new PlanningCache();
        var shared = cache.Tables(inputs, diagnostics);
        var parsed = ParallelWork.Map(inputs.Content, cache.Parse);
        var planner = new PagePlanner(inputs.Config, shared.Paths, inputs.Survey, shared.Tables, shared.Bench, shared.Built, shared.Html, page => cache.Body(page, shared));
        var pages = planner.Plan(parsed, diagnostics);
        LinkChecker.Check(parsed, pages, SiteBuilder.OutputSteps.Where(step => step.IsEnabledFor(inputs)).SelectMany(step => step.Publishes), diagnostics);
        foreach (var page in pages.Where(p => !inputs.Theme.Layouts.ContainsKey(p.Layout) && !inputs.Theme.BrokenLayouts.Contains(p.Layout)))
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.MissingLayout,
                page.LayoutChosenAt,
                $"there is no layout `{page.Layout}` in theme/layouts/",
                Suggestions.DidYouMean(page.Layout, inputs.Theme.Layouts.Keys) ?? $"add theme/layouts/{page.Layout}.html"));
        }

        var enabled = SiteBuilder.OutputSteps.Where(step => step.IsEnabledFor(inputs)).ToList();
        var site = planner.Site(parsed, enabled.Select(step => step.HeadLink).OfType<HeadLink>());
        return new PlannedSite(inputs, shared.Paths, shared.Runner, shared.Built, site, pages);
    }

    /// <summary>Renders every page in parallel; <paramref name="write"/> receives each finished page.</summary>
    public int Render(Action<PlannedPage, string>? write, DiagnosticBag diagnostics)
    {
        var written = 0;
        Parallel.ForEach(Pages.Where(p => Inputs.Theme.Layouts.ContainsKey(p.Layout)), page =>
        {
            var html = Render(page, page.View(), diagnostics);
            if (html is not null && write is not null)
            {
                write(page, html);
                Interlocked.Increment(ref written);
            }
        });
        return written;
    }

    /// <summary>One page through its layout; null when the layout is missing or failed (reported).</summary>
    public string? Render(PlannedPage page, PageView view, DiagnosticBag diagnostics) =>
        Inputs.Theme.Layouts.TryGetValue(page.Layout, out var layout)
            ? Runner.Render(layout, new Dictionary<string, object?> { ["site"] = Site, ["page"] = view }, diagnostics)
            : null;
}
