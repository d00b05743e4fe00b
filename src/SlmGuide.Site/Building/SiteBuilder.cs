using System.Diagnostics;
using SlmGuide.Data;
using SlmGuide.Data.Diagnostics;
using SlmGuide.Data.Survey;
using SlmGuide.Data.Validation;
using SlmGuide.Data.Yaml;
using SlmGuide.Site.Content;
using SlmGuide.Site.Markdown;
using SlmGuide.Site.Output;
using SlmGuide.Site.Pages;
using SlmGuide.Site.Tables;
using SlmGuide.Site.Theme;

namespace SlmGuide.Site.Building;

/// <summary>
/// The build, stage by stage: load → validate → plan → render → write. All problems are
/// collected before deciding; nothing reaches the output folder unless the whole build succeeded.
/// </summary>
public static class SiteBuilder
{
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

        if (!Stage("root", () => CheckRoot(root, diagnostics)))
        {
            return new BuildResult(diagnostics.Sorted, 0, options.Strict, timings);
        }

        var inputs = Stage("load", () => Load(root, diagnostics));
        Stage("validate", () =>
        {
            SurveyValidator.Validate(inputs.Survey, diagnostics);
            return true;
        });
        var site = Stage("plan", () => Plan(inputs, diagnostics));
        var written = 0;

        StagedOutput? output = null;
        try
        {
            if (options.Write && !diagnostics.HasErrors)
            {
                output = new StagedOutput(options.OutputPath);
            }

            written = Stage("render", () => Render(site, inputs.Theme, output, diagnostics));
            var result = new BuildResult(diagnostics.Sorted, 0, options.Strict, timings);
            if (output is not null && result.Succeeded)
            {
                Stage("write", () =>
                {
                    output.WriteText("sitemap.xml", Sitemap.Render(site.Pages.Where(p => p.Url != "/404.html").Select(p => site.Paths.Absolute(p.Url))));
                    output.CopyFolder(inputs.Theme.AssetsFolder, "assets");
                    output.Commit();
                    return true;
                });
                return result with { PagesWritten = written, Timings = timings };
            }

            return result;
        }
        finally
        {
            output?.Dispose();
        }
    }

    private static bool CheckRoot(SiteRoot root, DiagnosticBag diagnostics)
    {
        foreach (var folder in new[] { ContentLoader.Folder, "data", Theme.Theme.Folder })
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

    private static SiteInputs Load(SiteRoot root, DiagnosticBag diagnostics)
    {
        var config = Task.Run(() => LoadConfig(root, diagnostics));
        var survey = Task.Run(() => SurveyLoader.Load(root, diagnostics));
        var content = Task.Run(() => ContentLoader.Load(root, diagnostics));
        var theme = Task.Run(() => Theme.Theme.Load(root, diagnostics));
        Task.WaitAll(config, survey, content, theme);
        return new SiteInputs(config.Result, survey.Result, content.Result, theme.Result);
    }

    private static SiteConfig LoadConfig(SiteRoot root, DiagnosticBag diagnostics)
    {
        var path = root.Resolve(SiteConfig.FileName);
        return File.Exists(path)
            ? YamlFileBinder.Bind<SiteConfig>(path, root.Display(path), diagnostics) ?? new SiteConfig()
            : new SiteConfig();
    }

    private static PlannedSite Plan(SiteInputs inputs, DiagnosticBag diagnostics)
    {
        var paths = new SitePaths(inputs.Config);
        var tables = new SurveyTables(paths, inputs.Survey);
        var runner = new TemplateRunner(inputs.Theme);
        var tableHtml = new TableHtml(runner, inputs.Theme, tables.BuildAll(), diagnostics);
        var parsed = inputs.Content.AsParallel().AsOrdered().Select(ParsedPage.Parse).ToList();
        var planner = new PagePlanner(inputs.Config, paths, inputs.Survey, tables, tableHtml);
        var pages = planner.Plan(parsed, diagnostics);
        foreach (var page in pages.Where(p => !inputs.Theme.Layouts.ContainsKey(p.Layout)))
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.MissingLayout,
                page.LayoutChosenAt,
                $"there is no layout `{page.Layout}` in theme/layouts/",
                Suggestions.DidYouMean(page.Layout, inputs.Theme.Layouts.Keys) ?? $"add theme/layouts/{page.Layout}.html"));
        }

        return new PlannedSite(paths, runner, planner.Site(parsed), pages);
    }

    private static int Render(PlannedSite site, Theme.Theme theme, StagedOutput? output, DiagnosticBag diagnostics)
    {
        var written = 0;
        Parallel.ForEach(site.Pages.Where(p => theme.Layouts.ContainsKey(p.Layout)), page =>
        {
            var variables = new Dictionary<string, object?> { ["site"] = site.Site, ["page"] = page.View() };
            var html = site.Runner.Render(theme.Layouts[page.Layout], variables, diagnostics);
            if (html is not null && output is not null)
            {
                output.WriteText(page.OutputPath, html);
                Interlocked.Increment(ref written);
            }
        });
        return written;
    }

    private sealed record SiteInputs(SiteConfig Config, SurveyData Survey, IReadOnlyList<ContentPage> Content, Theme.Theme Theme);

    private sealed record PlannedSite(SitePaths Paths, TemplateRunner Runner, SiteView Site, IReadOnlyList<PlannedPage> Pages);
}
