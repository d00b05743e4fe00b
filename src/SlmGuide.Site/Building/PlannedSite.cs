using SlmGuide.Data.Concurrency;
using SlmGuide.Site.Content;
using SlmGuide.Site.Markdown;
using SlmGuide.Site.Pages;
using SlmGuide.Site.Tables;
using SlmGuide.Site.Theming;

namespace SlmGuide.Site.Building;

/// <summary>
/// The site after planning: every page to render, the built tables, what templates share and the
/// output steps this site gets. Planning finds no problems itself; the validate stage looks at it.
/// </summary>
public sealed record PlannedSite(
    SiteInputs Inputs,
    SitePaths Paths,
    TemplateRunner Runner,
    IReadOnlyDictionary<string, TableModel> Tables,
    SiteView Site,
    IReadOnlyList<ParsedPage> Parsed,
    IReadOnlyList<PlannedPage> Pages,
    IReadOnlyList<IOutputStep> OutputSteps,
    IReadOnlyList<PageFile> PageFiles)
{
    /// <summary>
    /// Every site path written beside the pages: what the enabled steps publish, and the files kept
    /// beside the pages in content/. A link may point at any of them though no page has that URL.
    /// </summary>
    public IEnumerable<string> Published => OutputSteps.SelectMany(step => step.Publishes).Concat(PageFiles.Select(file => file.Url));

    /// <summary>Plans the site; <paramref name="cache"/> carries work over from the previous build of a live preview.</summary>
    public static PlannedSite Plan(SiteInputs inputs, IReadOnlyList<IOutputStep> outputSteps, PlanningCache cache)
    {
        var shared = cache.Tables(inputs);
        var parsed = ParallelWork.Map(inputs.Content, cache.Parse);
        var planner = new PagePlanner(inputs.Config, shared.Paths, inputs.Survey, shared.Tables, shared.Bench, shared.Devices, shared.Html, page => cache.Body(page, shared))
        {
            Changelog = inputs.Changelog,
            CommitDates = inputs.CommitDates,
        };
        var enabled = outputSteps.Where(step => step.IsEnabledFor(inputs)).ToList();
        var site = planner.Site(parsed, enabled.Select(step => step.HeadLink).OfType<HeadLink>());
        // content/ is listed once a run: the checks and the step that copies the files read this list.
        var pageFiles = Content.PageFiles.Of(inputs.Root, inputs.Content);
        return new PlannedSite(inputs, shared.Paths, shared.Runner, shared.Built, site, parsed, planner.Plan(parsed), enabled, pageFiles);
    }

    /// <summary>One page through its layout; the value is null when the layout is missing (reported by the validate stage) or failed.</summary>
    public Rendered<string?> Render(PlannedPage page, PageView view) =>
        Inputs.Theme.Layouts.TryGetValue(page.Layout, out var layout)
            ? Runner.Render(layout, new Dictionary<string, object?> { ["site"] = Site, ["page"] = view })
            : Rendered.Clean<string?>(null);
}
