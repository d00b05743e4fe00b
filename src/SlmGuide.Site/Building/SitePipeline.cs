using SlmGuide.Data.Diagnostics;
using SlmGuide.Site.Content;
using SlmGuide.Site.Output;
using SlmGuide.Site.Theming;

namespace SlmGuide.Site.Building;

/// <summary>
/// The build, stage by stage, for `build`, `check` and `serve` alike: root → load → plan →
/// validate → render → each output step → swap. Each stage is a named, timed method that returns
/// what it made; problems are collected from all of them before deciding, and nothing reaches the
/// output unless the run has succeeded so far. <see cref="IBuildTarget"/> holds what differs.
/// </summary>
internal sealed class SitePipeline(IBuildTarget target, bool strict, Action<string>? stageStarting)
{
    /// <summary>The steps that add files beside the pages, in order; the search index reads everything before it.</summary>
    public static IReadOnlyList<IOutputStep> OutputSteps { get; } =
    [
        new AssetsStep(),
        new PageFilesStep(),
        new SitemapStep(),
        new RobotsStep(),
        new AliasesStep(),
        new FeedStep(),
        new TableDownloadsStep(),
        new DataFilesStep(),
        new SearchIndexStep(),
    ];

    private readonly DiagnosticBag _diagnostics = new();
    private readonly StageClock _stages = new(stageStarting);

    /// <summary>Errors stop a run; in strict mode warnings do too.</summary>
    private bool Failed => _diagnostics.HasErrors || (strict && _diagnostics.Count > 0);

    public PipelineRun Run()
    {
        if (!_stages.Run("root", CheckRoot))
        {
            return Finish(null, 0, committed: false);
        }

        var inputs = _stages.Run("load", () => target.Load(_diagnostics));
        var site = _stages.Run("plan", () => PlannedSite.Plan(inputs, OutputSteps, target.Cache));
        _diagnostics.AddRange(_stages.Run("validate", () => SiteChecks.Run(site, target.Cache)));
        try
        {
            var output = _diagnostics.HasErrors ? null : target.Open();
            var rendered = _stages.Run("render", () => Render(site));
            if (output is null || Failed)
            {
                return Finish(site, rendered, committed: false);
            }

            foreach (var step in site.OutputSteps.Where(target.Runs))
            {
                _diagnostics.AddRange(_stages.Run(step.Name, () => Write(step, site, output)));
            }

            if (Failed)
            {
                return Finish(site, rendered, committed: false);
            }

            _stages.Run("swap", output.Commit);
            return Finish(site, rendered, committed: true);
        }
        catch (Exception exception) when (OutputFailure(exception) is { } failure)
        {
            _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.OutputWriteFailed, SourceLocation.StartOf(failure.Folder + "/"), failure.Message, failure.Hint));
            return Finish(site, 0, committed: false);
        }
    }

    // Pages are written from parallel renders, so the disk's refusal may come wrapped.
    private static OutputWriteException? OutputFailure(Exception exception) => exception switch
    {
        OutputWriteException failure => failure,
        AggregateException many => many.Flatten().InnerExceptions.OfType<OutputWriteException>().FirstOrDefault(),
        _ => null,
    };

    /// <summary>False (reported) when the root lacks content/, data/ or theme/, or a link among them leads nowhere: nothing else can work then.</summary>
    private bool CheckRoot()
    {
        foreach (var folder in new[] { ContentLoader.Folder, "data", Theme.Folder })
        {
            if (!Directory.Exists(target.Root.Resolve(folder)))
            {
                _diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.MissingFolder,
                    SourceLocation.StartOf(folder + "/"),
                    $"the site root {target.Root.FullPath} has no `{folder}/` folder",
                    "run from the site root, or pass --root DIR"));
            }
        }

        if (!_diagnostics.HasErrors)
        {
            BrokenInputLinks.Check(target.Root, [ContentLoader.Folder, "data", Theme.Folder], _diagnostics);
        }

        return !_diagnostics.HasErrors;
    }

    // Every page's view is made, so the problems of its body and tables are reported even when
    // the page itself need not render again; a page renders only when the target asks for it.
    private int Render(PlannedSite site)
    {
        var needsRender = target.NeedsRender(site);
        var rendered = 0;
        Parallel.ForEach(site.Pages, page =>
        {
            var view = page.View();
            _diagnostics.AddRange(view.Diagnostics);
            if (!needsRender(page, view.Value))
            {
                return;
            }

            var html = site.Render(page, view.Value);
            _diagnostics.AddRange(html.Diagnostics);
            if (html.Value is not null)
            {
                target.Accept(page, html.Value);
                Interlocked.Increment(ref rendered);
            }
        });
        if (!Failed)
        {
            target.Publish(site);
        }

        return rendered;
    }

    private static IReadOnlyList<Diagnostic> Write(IOutputStep step, PlannedSite site, ISiteOutput output)
    {
        var diagnostics = new DiagnosticBag();
        step.Write(site, output, diagnostics);
        return diagnostics.Sorted;
    }

    private PipelineRun Finish(PlannedSite? site, int rendered, bool committed) =>
        new(_diagnostics.Sorted, site, committed ? rendered : 0, _stages.Timings);
}

/// <summary>What one run of the pipeline did: its problems, the site it planned (null when the root was unusable) and the pages it published.</summary>
internal sealed record PipelineRun(IReadOnlyList<Diagnostic> Diagnostics, PlannedSite? Site, int PagesPublished, IReadOnlyList<StageTiming> Timings);
