using SlmGuide.Data;
using SlmGuide.Data.Survey;
using SlmGuide.Site;
using SlmGuide.Site.Tables;

namespace SlmGuide.Cli.Tests;

/// <summary>The survey tables the site declares, in template order, so tests follow a table added tomorrow.</summary>
internal static class SurveyTableCatalog
{
    public static IReadOnlyList<string> Ids { get; } =
        [.. new SurveyTables(new SitePaths(new SiteConfig()), new SurveyData(), new Freshness(null, 0)).All.Select(t => t.Id)];
}
