using SlmGuide.Data;
using SlmGuide.Data.Bench;
using SlmGuide.Data.Diagnostics;
using SlmGuide.Data.Survey;
using SlmGuide.Data.Twins;
using SlmGuide.Site.Benchmarks;
using SlmGuide.Site.Tables;
using SlmGuide.Site.Theming;

namespace SlmGuide.Site.Building;

/// <summary>Every table of the site, built from the data and rendered through the theme's partial.</summary>
internal sealed record TableSet(
    SiteConfig Config,
    SurveyData Survey,
    IReadOnlyList<MachineResults> BenchResults,
    IReadOnlyDictionary<string, TwinArchitecture> Twins,
    Theme Theme,
    SitePaths Paths,
    TemplateRunner Runner,
    SurveyTables Tables,
    BenchTables Bench,
    DeviceFitTables Devices,
    IReadOnlyDictionary<string, TableModel> Built,
    TableHtml Html)
{
    public static TableSet Create(SiteInputs inputs)
    {
        var paths = new SitePaths(inputs.Config);
        var tables = new SurveyTables(paths, inputs.Survey, Freshness.For(inputs.Config, inputs.Survey));
        var runner = new TemplateRunner(inputs.Theme);
        var bench = new BenchTables(inputs.BenchResults, paths);
        var devices = new DeviceFitTables(inputs.BenchResults, inputs.Twins, inputs.Survey, paths);
        var built = tables.BuildAll().Concat(bench.BuildAll()).Concat(devices.BuildAll()).ToDictionary(StringComparer.Ordinal);
        return new TableSet(
            inputs.Config,
            inputs.Survey,
            inputs.BenchResults,
            inputs.Twins,
            inputs.Theme,
            paths,
            runner,
            tables,
            bench,
            devices,
            built,
            new TableHtml(runner, inputs.Theme, built));
    }

    /// <summary>Reloading a file family makes new objects, so the same objects mean the same inputs.</summary>
    public bool IsFor(SiteInputs inputs) =>
        ReferenceEquals(Config, inputs.Config)
        && ReferenceEquals(Survey, inputs.Survey)
        && ReferenceEquals(BenchResults, inputs.BenchResults)
        && ReferenceEquals(Twins, inputs.Twins)
        && ReferenceEquals(Theme, inputs.Theme);
}
