using System.Diagnostics;
using SlmGuide.Data;
using SlmGuide.Data.Diagnostics;
using SlmGuide.Data.Validation;
using SlmGuide.Site.Checking;
using SlmGuide.Site.Content;
using SlmGuide.Site.Output;
using SlmGuide.Site.Theming;

namespace SlmGuide.Site.Building;

/// <summary>
/// The build, stage by stage: load → validate → plan → render → output steps → swap. All
/// problems are collected before deciding; nothing reaches the output folder unless the whole
/// build succeeded.
/// </summary>
public static class SiteBuilder
{
    /// <summary>The steps that add files beside the pages, in order; the search index reads everything before it.</summary>
    public static IReadOnlyList<IOutputStep> OutputSteps { get; } =
    [
        new AssetsStep(),
        new SitemapStep(),
        new RobotsStep(),
        new FeedStep(),
        new TableDownloadsStep(),
        new DataFilesStep(),
        new SearchIndexStep(),
    ];

    public static BuildResult Build(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var timings = new List<StageTiming>();
        var root = new SiteRoot(options.Root);

        T Stage<T>(string name, Func<T> run)
        {
            var clock = Stopwatch.StartNew();
            var result = run();
            timings.Add(new StageTiming(name, clock.Elapsed));
            return result;
        }

        BuildResult Result(int written) => new(diagnostics.Sorted, written, options.Strict, timings);

        if (!Stage("root", () => CheckRoot(root, diagnostics)))
        {
            return Result(0);
        }

        var inputs = Stage("load", () => SiteInputs.Load(root, diagnostics));
        Stage("validate", () =>
        {
            SurveyValidator.Validate(inputs.Survey, diagnostics);
            PlaceholderChecker.Check(root, diagnostics);
            return true;
        });
        var site = Stage("plan", () => PlannedSite.Plan(inputs, diagnostics));

        using var output = options.Write && !diagnostics.HasErrors ? new StagedOutput(options.OutputPath) : null;
        var written = Stage("render", () => site.Render(output is null ? null : (page, html) => output.WriteText(page.OutputPath, html), diagnostics));
        if (output is null || !Result(written).Succeeded)
        {
            return Result(0);
        }

        foreach (var step in OutputSteps.Where(step => step.IsEnabledFor(inputs)))
        {
            Stage(step.Name, () =>
            {
                step.Write(site, output, diagnostics);
                return true;
            });
        }

        if (!Result(written).Succeeded)
        {
            return Result(0);
        }

        Stage("swap", () =>
        {
            output.Commit();
            return true;
        });
        return Result(written);
    }

    /// <summary>False (reported) when the root lacks content/, data/ or theme/: nothing else can work then.</summary>
    internal static bool CheckRoot(SiteRoot root, DiagnosticBag diagnostics)
    {
        foreach (var folder in new[] { ContentLoader.Folder, "data", Theme.Folder })
        {
            if (!Directory.Exists(root.Resolve(folder)))
            {
                diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.MissingFolder,
                    SourceLocation.StartOf(folder + "/"),
                    $"the site root {root.FullPath} has no `{folder}/` folder",
                    "run from the site root, or pass --root DIR"));
            }
        }

        return !diagnostics.HasErrors;
    }
}
