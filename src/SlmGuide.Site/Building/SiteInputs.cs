using SlmGuide.Data;
using SlmGuide.Data.Bench;
using SlmGuide.Data.Changes;
using SlmGuide.Data.Concurrency;
using SlmGuide.Data.Diagnostics;
using SlmGuide.Data.Survey;
using SlmGuide.Data.Twins;
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

    /// <summary>data/bench/twin-architectures.yaml: the shapes the device estimates are computed from.</summary>
    public IReadOnlyDictionary<string, TwinArchitecture> Twins { get; init; } = new Dictionary<string, TwinArchitecture>(StringComparer.Ordinal);

    /// <summary>The date of the last commit that changed each page, by display path; empty outside a git work tree.</summary>
    public IReadOnlyDictionary<string, DateOnly> CommitDates { get; init; } = new Dictionary<string, DateOnly>(StringComparer.Ordinal);

    /// <param name="includeDrafts">Take in the rows marked <c>draft: true</c> (serve, <c>--drafts</c>); draft pages are filtered by the caller.</param>
    public static SiteInputs Load(SiteRoot root, DiagnosticBag diagnostics, bool includeDrafts)
    {
        IReadOnlyList<ContentPage> content = [];
        var theme = Theme.Empty;
        IReadOnlyDictionary<string, DateOnly> dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        var data = LoadData(
            root,
            diagnostics,
            includeDrafts,
            () => content = ContentLoader.Load(root, diagnostics),
            () => theme = Theme.Load(root, diagnostics),
            () => dates = PageCommitDates.Load(root));
        return data with { Content = content, Theme = theme, CommitDates = dates };
    }

    /// <summary>The same inputs with everything under data/ read again.</summary>
    public SiteInputs WithDataReloaded(DiagnosticBag diagnostics) =>
        LoadData(Root, diagnostics, Survey.Drafts.Include) with { Content = Content, Theme = Theme, CommitDates = CommitDates };

    /// <summary>The same inputs with theme/layouts and theme/partials parsed again.</summary>
    public SiteInputs WithThemeReloaded(DiagnosticBag diagnostics) =>
        this with { Theme = Theme.Load(Root, diagnostics) };

    /// <summary>
    /// Only data/, with no pages and an empty theme. The data files are small and refer to each
    /// other, so they are always read as one family.
    /// </summary>
    public static SiteInputs LoadData(SiteRoot root, DiagnosticBag diagnostics, bool includeDrafts) => LoadData(root, diagnostics, includeDrafts, []);

    // Every reader in one parallel run, with whatever else the caller loads alongside.
    private static SiteInputs LoadData(SiteRoot root, DiagnosticBag diagnostics, bool includeDrafts, params Action[] alongside)
    {
        // The data files are read by several callers (the audit of `check`, a preview's reload),
        // not only after the build's own look at the links, so a broken link is caught here too.
        if (!BrokenInputLinks.Check(root, ["data"], diagnostics))
        {
            return new SiteInputs(root, new SiteConfig(), new SurveyData(), [], Theme.Empty);
        }

        var config = new SiteConfig();
        var survey = new SurveyData();
        var changelog = new Changelog();
        IReadOnlyList<MachineResults> bench = [];
        IReadOnlyDictionary<string, TwinArchitecture> twins = new Dictionary<string, TwinArchitecture>(StringComparer.Ordinal);
        ParallelWork.Run(
        [
            () => config = LoadConfig(root, diagnostics),
            () => survey = SurveyLoader.Load(root, diagnostics, includeDrafts),
            () => changelog = ChangelogLoader.Load(root, diagnostics),
            () => bench = Benchmarks.BenchResults.Load(root, diagnostics),
            () => twins = TwinArchitectureLoader.LoadIfPresent(root, diagnostics),
            .. alongside,
        ]);
        return new SiteInputs(root, config, survey, [], Theme.Empty)
        {
            Changelog = changelog,
            BenchResults = bench,
            Twins = twins,
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
                DiagnosticCodes.OutOfRange,
                config.LocationOf("stale_after_days"),
                $"stale_after_days is {config.StaleAfterDays}, but an age in days cannot be negative",
                "write 0 or more (365 is the default)"));
        }

        return config;
    }
}
