using SlmGuide.Data.Diagnostics;
using SlmGuide.Data.Survey;
using SlmGuide.Data.Validation;
using SlmGuide.Site.Checking;
using SlmGuide.Site.Pages;

namespace SlmGuide.Site.Building;

/// <summary>
/// Every check of the validate stage, in one list: a new check is one line here, and `build`,
/// `check` and `serve` all run it. Checks read the planned site, never the output. A check of
/// each input (the survey, a page) keeps its findings in the cache under that input, so a live
/// preview looks again only at what it reloaded; a full build brings an empty cache.
/// </summary>
internal static class SiteChecks
{
    private static readonly SiteCheck[] All =
    [
        SiteCheck.OfEach<SurveyData>("survey rules", site => [site.Inputs.Survey], (_, survey, bag) => SurveyValidator.Validate(survey, bag)),

        // data/ is always read again as a whole, so a new survey object means every data file was read again.
        SiteCheck.OfEach<SurveyData>("data placeholders", site => [site.Inputs.Survey], (site, survey, bag) => PlaceholderChecker.CheckData(site.Inputs.Root, survey.Drafts, bag)),
        SiteCheck.OfEach("page placeholders", site => site.Inputs.Content, (site, page, bag) => PlaceholderChecker.CheckFile(site.Inputs.Root, site.Inputs.Root.Resolve(page.DisplayPath), bag)),
        SiteCheck.OfPlan("markdown depth", (site, bag) => bag.AddRange(site.Parsed.Select(page => page.Problem).OfType<Diagnostic>())),
        SiteCheck.OfPlan("shortcodes", (site, bag) => bag.AddRange(site.Parsed.SelectMany(page => page.ShortcodeProblems))),
        SiteCheck.OfPlan("changelog pages", (site, bag) => ChangelogPageChecker.Check(site.Inputs.Changelog, site.Pages, bag)),
        SiteCheck.OfPlan("placed tables", (site, bag) => PageChecks.PlacedTables(site.Parsed, site.Tables, bag)),
        SiteCheck.OfPlan("page urls", (site, bag) => PageChecks.UniqueUrls(site.Pages, bag)),
        SiteCheck.OfPlan("aliases", (site, bag) => PageChecks.Aliases(site.Parsed, site.Pages, site.Published, bag)),
        SiteCheck.OfPlan("page files", (site, bag) => PageChecks.PageFiles(site.PageFiles, site.Pages, site.OutputSteps.SelectMany(step => step.Publishes), site.Inputs.Root, bag)),
        SiteCheck.OfPlan("layouts", (site, bag) => PageChecks.Layouts(site.Pages, site.Inputs.Theme, bag)),
        SiteCheck.OfPlan("links", (site, bag) => LinkChecker.Check(site.Parsed, site.Pages, site.Published, bag)),
    ];

    public static IReadOnlyList<Diagnostic> Run(PlannedSite site, PlanningCache cache) =>
        [.. All.SelectMany(check => check.Find(site, cache))];
}
