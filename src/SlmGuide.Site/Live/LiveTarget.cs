using System.Collections.Concurrent;
using SlmGuide.Data;
using SlmGuide.Data.Diagnostics;
using SlmGuide.Site.Building;
using SlmGuide.Site.Content;
using SlmGuide.Site.Output;
using SlmGuide.Site.Pages;

namespace SlmGuide.Site.Live;

/// <summary>
/// The live preview's side of the pipeline. It reloads only the file families that changed (one
/// Markdown file, all of data/, the theme), renders only the pages whose inputs
/// (<see cref="PageInputs"/>) differ from what is on disk, and holds them until the run proves
/// clean, since it writes into the served folder itself. Pages are compared with what was last
/// written, not with the last try, so a good run catches up on everything a failed one left out.
/// </summary>
internal sealed class LiveTarget(SiteRoot root, InPlaceOutput output) : IBuildTarget
{
    private readonly SortedDictionary<string, ContentPage?> _pages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<Diagnostic>> _contentProblems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PageInputs> _written = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PageInputs> _changed = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(PlannedPage Page, string Html)> _rendered = new();
    private IReadOnlyList<Diagnostic> _dataProblems = [];
    private IReadOnlyList<Diagnostic> _themeProblems = [];
    private IReadOnlyCollection<string> _changedPaths = [];
    private SiteInputs? _inputs;
    private SiteInputKinds _unwritten = SiteInputKinds.All;
    private bool _everWritten;

    public SiteRoot Root => root;

    public PlanningCache Cache { get; } = new();

    public InPlaceOutput Output => output;

    /// <summary>data/site.yaml as last read (the defaults until it reads cleanly).</summary>
    public SiteConfig Config => _inputs?.Config ?? new SiteConfig();

    /// <summary>Whether this run got as far as writing its pages (it had no error until then).</summary>
    public bool Published { get; private set; }

    /// <summary>The pages this run wrote and removed; empty until it publishes.</summary>
    public IReadOnlyList<string> WrittenUrls { get; private set; } = [];

    public IReadOnlyList<string> RemovedUrls { get; private set; } = [];

    /// <summary>Starts a run after the given files changed; with no inputs held yet (the first run, or after <see cref="Forget"/>) everything is read.</summary>
    public void Begin(IReadOnlyCollection<string> changedPaths)
    {
        _changedPaths = changedPaths;
        _changed.Clear();
        _rendered.Clear();
        Published = false;
        WrittenUrls = [];
        RemovedUrls = [];
    }

    /// <summary>Drops the inputs, so the next run reads everything again.</summary>
    public void Forget() => _inputs = null;

    /// <summary>True when readers have something new to see since the last clean run: a page, or a file beside the pages.</summary>
    public bool TakeChangedOutput()
    {
        var changed = WrittenUrls.Count > 0 || RemovedUrls.Count > 0 || _unwritten != SiteInputKinds.None;
        _unwritten = SiteInputKinds.None;
        return changed;
    }

    public SiteInputs Load(DiagnosticBag diagnostics)
    {
        var kinds = _inputs is null ? SiteInputKinds.All : ChangedFiles.KindsOf(root, _changedPaths);
        _unwritten |= kinds;

        // The first run has every kind, so data, which starts the inputs, is read first.
        if (kinds.HasFlag(SiteInputKinds.Data))
        {
            var bag = new DiagnosticBag();
            _inputs = _inputs is null ? SiteInputs.LoadData(root, bag, includeDrafts: true) : _inputs.WithDataReloaded(bag);
            _dataProblems = bag.Sorted;
        }

        if (kinds.HasFlag(SiteInputKinds.Templates))
        {
            var bag = new DiagnosticBag();
            _inputs = _inputs!.WithThemeReloaded(bag);
            _themeProblems = bag.Sorted;
        }

        if (kinds.HasFlag(SiteInputKinds.Content))
        {
            ReloadContent(kinds == SiteInputKinds.All ? null : _changedPaths);
            _inputs = _inputs! with { Content = [.. _pages.Values.OfType<ContentPage>()] };
        }

        diagnostics.AddRange(_dataProblems);
        diagnostics.AddRange(_themeProblems);
        diagnostics.AddRange(_contentProblems.Values.SelectMany(p => p));
        return _inputs!;
    }

    public ISiteOutput Open() => output;

    public Func<PlannedPage, PageView, bool> NeedsRender(PlannedSite site)
    {
        var layouts = LayoutKeys.For(site.Inputs.Theme);
        var siteJson = PageInputs.SiteJson(site.Site);
        return (page, view) =>
        {
            var inputs = PageInputs.Of(layouts.GetValueOrDefault(page.Layout, string.Empty), siteJson, view);
            if (_written.TryGetValue(page.Url, out var previous) && previous == inputs)
            {
                return false;
            }

            _changed[page.Url] = inputs;
            return true;
        };
    }

    public void Accept(PlannedPage page, string html) => _rendered.Enqueue((page, html));

    public void Publish(PlannedSite site)
    {
        if (!_everWritten)
        {
            output.Clear();
            _everWritten = true;
        }

        Parallel.ForEach(_rendered, page => output.WriteText(page.Page.OutputPath, page.Html));
        foreach (var (page, _) in _rendered)
        {
            _written[page.Url] = _changed[page.Url];
        }

        WrittenUrls = [.. _rendered.Select(r => r.Page.Url).Order(StringComparer.Ordinal)];
        RemovedUrls = RemoveGone(site);
        Published = true;
    }

    public bool Runs(IOutputStep step) =>
        (step.DependsOn & _unwritten) != 0 && (step.RunsOnLiveUpdates || _unwritten == SiteInputKinds.All);

    // The folder is listed every time, so a renamed or moved folder of pages is seen even when
    // the change notice named only the folder.
    private void ReloadContent(IReadOnlyCollection<string>? changedPaths)
    {
        var present = ContentLoader.Files(root).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in _pages.Keys.Where(path => !present.Contains(path)).ToList())
        {
            _pages.Remove(gone);
            _contentProblems.Remove(gone);
        }

        var changed = changedPaths?.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        var toLoad = present.Where(path => changed is null || changed.Contains(path) || !_pages.ContainsKey(path)).ToList();
        var loaded = toLoad.AsParallel().Select(path =>
        {
            var bag = new DiagnosticBag();
            var page = ContentLoader.LoadPage(root, path, bag);
            return (path, page, bag.Sorted);
        }).ToList();
        foreach (var (path, page, problems) in loaded)
        {
            _pages[path] = page;
            _contentProblems[path] = problems;
        }
    }

    private List<string> RemoveGone(PlannedSite site)
    {
        var live = site.Pages.Select(p => p.Url).ToHashSet(StringComparer.Ordinal);
        var gone = _written.Keys.Where(url => !live.Contains(url)).Order(StringComparer.Ordinal).ToList();
        foreach (var url in gone)
        {
            output.Delete(PlannedPage.OutputPathOf(url));
            _written.Remove(url);
        }

        return gone;
    }
}
