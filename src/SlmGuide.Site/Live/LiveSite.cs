using System.Diagnostics;
using SlmGuide.Data;
using SlmGuide.Data.Diagnostics;
using SlmGuide.Data.Validation;
using SlmGuide.Site.Building;
using SlmGuide.Site.Checking;
using SlmGuide.Site.Content;
using SlmGuide.Site.Output;
using SlmGuide.Site.Pages;

namespace SlmGuide.Site.Live;

/// <summary>
/// The site held in memory by the live preview. Each update reloads only the file families that
/// changed (one Markdown file, all of data/, the theme), plans the whole site again from cached
/// parts, and renders only the pages whose inputs (<see cref="PageInputs"/>) differ from what is
/// on disk. A build with errors writes nothing; the next good one catches up on everything that
/// changed meanwhile, because pages are compared with what was last written, not with the last try.
/// </summary>
public sealed class LiveSite
{
    private readonly SiteRoot _root;
    private readonly InPlaceOutput _output;
    private readonly PlanningCache _cache = new();
    private readonly SortedDictionary<string, ContentPage?> _pages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<Diagnostic>> _contentProblems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PageInputs> _written = new(StringComparer.Ordinal);
    private IReadOnlyList<Diagnostic> _dataProblems = [];
    private IReadOnlyList<Diagnostic> _themeProblems = [];
    private SiteInputs? _inputs;
    private SiteInputKinds _unwritten = SiteInputKinds.All;
    private bool _everWritten;

    public LiveSite(string root, string outputPath)
    {
        _root = new SiteRoot(root);
        _output = new InPlaceOutput(outputPath);
    }

    public string OutputPath => _output.FolderPath;

    /// <summary>data/site.yaml as last read (the defaults until it reads cleanly).</summary>
    public SiteConfig Config => _inputs?.Config ?? new SiteConfig();

    /// <summary>Reads and builds everything; the first call, and the answer to a lost change notice.</summary>
    public LiveUpdate Rebuild()
    {
        _inputs = null;
        return Update([]);
    }

    /// <summary>Brings the output up to date after the given files changed (created, edited, deleted or renamed).</summary>
    public LiveUpdate Update(IReadOnlyCollection<string> changedPaths)
    {
        var clock = Stopwatch.StartNew();
        var timings = new List<StageTiming>();
        T Stage<T>(string name, Func<T> run)
        {
            var stage = Stopwatch.StartNew();
            var result = run();
            timings.Add(new StageTiming(name, stage.Elapsed));
            return result;
        }

        var rootProblems = new DiagnosticBag();
        if (!SiteBuilder.CheckRoot(_root, rootProblems))
        {
            // A folder moved away mid-session; everything is read again once it is back.
            _inputs = null;
            return new LiveUpdate(rootProblems.Sorted, [], [], 0, clock.Elapsed);
        }

        var kinds = _inputs is null ? SiteInputKinds.All : ChangedFiles.KindsOf(_root, changedPaths);
        _unwritten |= kinds;
        Stage("load", () => Reload(kinds, changedPaths));

        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(_dataProblems);
        diagnostics.AddRange(_themeProblems);
        diagnostics.AddRange(_contentProblems.Values.SelectMany(p => p));
        var site = Stage("plan", () => PlannedSite.Plan(_inputs!, diagnostics, _cache));
        var rendered = diagnostics.HasErrors ? [] : Stage("render", () => RenderChanged(site, diagnostics));
        if (diagnostics.HasErrors)
        {
            _cache.ForgetTables();
            return new LiveUpdate(diagnostics.Sorted, [], [], site.Pages.Count, clock.Elapsed) { Timings = timings };
        }

        if (!_everWritten)
        {
            _output.Clear();
            _everWritten = true;
        }

        var removed = Stage("write", () =>
        {
            Parallel.ForEach(rendered, page => _output.WriteText(page.Page.OutputPath, page.Html));
            foreach (var (page, inputs, _) in rendered)
            {
                _written[page.Url] = inputs;
            }

            return RemoveGone(site);
        });
        var steps = SiteBuilder.OutputSteps.Where(step => step.IsEnabledFor(site.Inputs) && (step.DependsOn & _unwritten) != 0 && (step.RunsOnLiveUpdates || _unwritten == SiteInputKinds.All));
        foreach (var step in steps)
        {
            Stage(step.Name, () =>
            {
                step.Write(site, _output, diagnostics);
                return true;
            });
        }

        var changedOutput = rendered.Count > 0 || removed.Count > 0 || _unwritten != SiteInputKinds.None;
        _unwritten = SiteInputKinds.None;
        return new LiveUpdate(diagnostics.Sorted, [.. rendered.Select(r => r.Page.Url)], removed, site.Pages.Count, clock.Elapsed)
        {
            ChangedOutput = changedOutput,
            Timings = timings,
        };
    }

    private bool Reload(SiteInputKinds kinds, IReadOnlyCollection<string> changedPaths)
    {
        // The first update has every kind, so data, which starts the inputs, is read first.
        if (kinds.HasFlag(SiteInputKinds.Data))
        {
            var bag = new DiagnosticBag();
            _inputs = _inputs is null ? SiteInputs.LoadData(_root, bag) : _inputs.WithDataReloaded(bag);
            SurveyValidator.Validate(_inputs.Survey, bag);
            foreach (var file in Directory.EnumerateFiles(_root.Resolve("data"), "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                PlaceholderChecker.CheckFile(_root, file, bag);
            }

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
            ReloadContent(kinds == SiteInputKinds.All ? null : changedPaths);
            _inputs = _inputs! with { Content = [.. _pages.Values.OfType<ContentPage>()] };
        }

        return true;
    }

    // The folder is listed every time, so a renamed or moved folder of pages is seen even when
    // the change notice named only the folder.
    private void ReloadContent(IReadOnlyCollection<string>? changedPaths)
    {
        var present = ContentLoader.Files(_root).ToHashSet(StringComparer.Ordinal);
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
            var page = ContentLoader.LoadPage(_root, path, bag);
            if (page is not null)
            {
                PlaceholderChecker.CheckFile(_root, path, bag);
            }

            return (path, page, bag.Sorted);
        }).ToList();
        foreach (var (path, page, problems) in loaded)
        {
            _pages[path] = page;
            _contentProblems[path] = problems;
        }
    }

    private List<(PlannedPage Page, PageInputs Inputs, string Html)> RenderChanged(PlannedSite site, DiagnosticBag diagnostics)
    {
        var layouts = LayoutKeys.For(site.Inputs.Theme);
        var siteJson = PageInputs.SiteJson(site.Site);
        var rendered = new List<(PlannedPage, PageInputs, string)>();
        var gate = new Lock();
        Parallel.ForEach(site.Pages, page =>
        {
            var view = page.View();
            var inputs = PageInputs.Of(layouts.GetValueOrDefault(page.Layout, string.Empty), siteJson, view);
            if (_written.TryGetValue(page.Url, out var previous) && previous == inputs)
            {
                return;
            }

            var html = site.Render(page, view, diagnostics);
            if (html is not null)
            {
                lock (gate)
                {
                    rendered.Add((page, inputs, html));
                }
            }
        });
        return rendered;
    }

    private List<string> RemoveGone(PlannedSite site)
    {
        var live = site.Pages.Select(p => p.Url).ToHashSet(StringComparer.Ordinal);
        var gone = _written.Keys.Where(url => !live.Contains(url)).Order(StringComparer.Ordinal).ToList();
        foreach (var url in gone)
        {
            _output.Delete(PlannedPage.OutputPathOf(url));
            _written.Remove(url);
        }

        return gone;
    }
}
