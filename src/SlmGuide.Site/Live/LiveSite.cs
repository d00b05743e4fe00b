using System.Diagnostics;
using SlmGuide.Data;
using SlmGuide.Site.Building;

namespace SlmGuide.Site.Live;

/// <summary>
/// The site held in memory by the live preview. Each update runs the same pipeline as `build`
/// (<see cref="SitePipeline"/>), reading again and rendering only what changed
/// (<see cref="LiveTarget"/>). A run with errors writes nothing; the next good one catches up.
/// </summary>
public sealed class LiveSite
{
    private readonly LiveTarget _target;
    private readonly Action<string>? _stageStarting;

    /// <param name="stageStarting">Hears the name of each stage as it starts, as <see cref="BuildOptions.StageStarting"/> does.</param>
    public LiveSite(string root, string outputPath, Action<string>? stageStarting = null)
    {
        _target = new LiveTarget(new SiteRoot(root), new InPlaceOutput(outputPath));
        _stageStarting = stageStarting;
    }

    public string OutputPath => _target.Output.FolderPath;

    /// <summary>data/site.yaml as last read (the defaults until it reads cleanly).</summary>
    public SiteConfig Config => _target.Config;

    /// <summary>Reads and builds everything; the first call, and the answer to a lost change notice.</summary>
    public LiveUpdate Rebuild()
    {
        _target.Forget();
        return Update([]);
    }

    /// <summary>Brings the output up to date after the given files changed (created, edited, deleted or renamed).</summary>
    public LiveUpdate Update(IReadOnlyCollection<string> changedPaths)
    {
        var clock = Stopwatch.StartNew();
        _target.Begin(changedPaths);
        var run = new SitePipeline(_target, strict: false, _stageStarting).Run();
        if (run.Site is null)
        {
            // A folder moved away mid-session; everything is read again once it is back.
            _target.Forget();
            return new LiveUpdate(run.Diagnostics, [], [], 0, clock.Elapsed) { Timings = run.Timings };
        }

        if (!_target.Published)
        {
            return new LiveUpdate(run.Diagnostics, [], [], run.Site.Pages.Count, clock.Elapsed) { Timings = run.Timings };
        }

        return new LiveUpdate(run.Diagnostics, _target.WrittenUrls, _target.RemovedUrls, run.Site.Pages.Count, clock.Elapsed)
        {
            ChangedOutput = _target.TakeChangedOutput(),
            Timings = run.Timings,
        };
    }
}
