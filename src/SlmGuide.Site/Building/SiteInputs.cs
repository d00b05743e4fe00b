using SlmGuide.Data;
using SlmGuide.Data.Changes;
using SlmGuide.Data.Diagnostics;
using SlmGuide.Data.Survey;
using SlmGuide.Data.Yaml;
using SlmGuide.Site.Benchmarks;
using SlmGuide.Site.Content;
using SlmGuide.Site.Theming;

namespace SlmGuide.Site.Building;

/// <summary>Everything the build reads from the site root, loaded in parallel.</summary>
public sealed record SiteInputs(SiteRoot Root, SiteConfig Config, SurveyData Survey, IReadOnlyList<ContentPage> Content, Theme Theme)
{
    /// <summary>data/changelog.yaml, the source of the Atom feed.</summary>
    public Changelog Changelog { get; init; } = new();

    /// <summary>data/bench/results/, written by <c>slmguide bench</c>.</summary>
    public IReadOnlyList<MachineResults> BenchResults { get; init; } = [];

    public static SiteInputs Load(SiteRoot root, DiagnosticBag diagnostics)
    {
        var content = Task.Run(() => ContentLoader.Load(root, diagnostics));
        var theme = Task.Run(() => Theme.Load(root, diagnostics));
        var data = Task.Run(() => LoadData(root, diagnostics));
        Task.WaitAll(content, theme, data);
        return data.Result with { Content = content.Result, Theme = theme.Result };
    }

    /// <summary>The same inputs with everything under data/ read again.</summary>
    public SiteInputs WithDataReloaded(DiagnosticBag diagnostics) =>
        LoadData(Root, diagnostics) with { Content = Content, Theme = Theme };

    /// <summary>The same inputs with theme/layouts and theme/partials parsed again.</summary>
    public SiteInputs WithThemeReloaded(DiagnosticBag diagnostics) =>
        this with { Theme = Theme.Load(Root, diagnostics) };

    /// <summary>
    /// Only data/, with no pages and an empty theme. The data files are small and refer to each
    /// other, so they are always read as one family.
    /// </summary>
    public static SiteInputs LoadData(SiteRoot root, DiagnosticBag diagnostics)
    {
        var config = Task.Run(() => LoadConfig(root, diagnostics));
        var survey = Task.Run(() => SurveyLoader.Load(root, diagnostics));
        var changelog = Task.Run(() => ChangelogLoader.Load(root, diagnostics));
        var bench = Task.Run(() => Benchmarks.BenchResults.Load(root, diagnostics));
        Task.WaitAll(config, survey, changelog, bench);
        return new SiteInputs(root, config.Result, survey.Result, [], Theme.Empty)
        {
            Changelog = changelog.Result,
            BenchResults = bench.Result,
        };
    }

    private static SiteConfig LoadConfig(SiteRoot root, DiagnosticBag diagnostics)
    {
        var path = root.Resolve(SiteConfig.FileName);
        var config = File.Exists(path)
            ? YamlFileBinder.Bind<SiteConfig>(path, root.Display(path), diagnostics) ?? new SiteConfig()
            : new SiteConfig();
        if (config.StaleAfterDays < 0)
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.RuleViolation,
                config.LocationOf("stale_after_days"),
                $"stale_after_days is {config.StaleAfterDays}, but an age in days cannot be negative",
                "write 0 or more (365 is the default)"));
        }

        return config;
    }
}
