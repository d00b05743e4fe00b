using System.CommandLine;
using SlmGuide.Bench.Suite;
using SlmGuide.Site.Building;
using SlmGuide.Site.Output;

namespace SlmGuide.Cli.Commands;

internal static class BuildCommand
{
    public static Command Create()
    {
        var root = CommonOptions.Root();
        var output = new Option<DirectoryInfo?>("--out") { Description = "Where to write the site (default: <root>/_site)" };
        var strict = CommonOptions.Strict();
        var drafts = CommonOptions.Drafts();
        var timings = new Option<bool>("--timings") { Description = "Print how long each build stage took" };
        var refreshBench = new Option<bool>("--refresh-bench") { Description = "Run the benchmark suite first (as `slmguide bench`), then build with its results" };
        var command = new Command("build", "Build the site into _site/ (replaced only when the whole build succeeds)") { root, output, strict, drafts, timings, refreshBench };
        command.SetAction(async (parse, cancellation) =>
        {
            var rootPath = parse.GetValue(root)!.FullName;
            var options = new BuildOptions(rootPath, parse.GetValue(output)?.FullName, parse.GetValue(strict)) { StageStarting = AnnounceLongStage, Drafts = parse.GetValue(drafts) };
            if (OutputFolderGuard.Refusal(rootPath, options.OutputPath) is { } refusal)
            {
                await Console.Error.WriteLineAsync($"build: --out: {refusal}").ConfigureAwait(false);
                return ExitCodes.InputError;
            }

            if (parse.GetValue(refreshBench))
            {
                var benchExit = await BenchCommand.RunAsync(new BenchOptions { RootDirectory = rootPath }, cancellation).ConfigureAwait(false);
                if (benchExit != ExitCodes.Success)
                {
                    await Console.Error.WriteLineAsync("build skipped: the benchmark run failed").ConfigureAwait(false);
                    return benchExit;
                }
            }

            var result = SiteBuilder.Build(options);
            if (parse.GetValue(timings))
            {
                foreach (var stage in result.Timings)
                {
                    Console.Out.WriteLine($"{stage.Stage,-10} {stage.Elapsed.TotalMilliseconds,8:F1} ms");
                }
            }

            return DiagnosticPrinter.Report(result, Console.Error, $"built {result.PagesWritten} pages into {options.OutputPath}");
        });
        return command;
    }

    /// <summary>
    /// Says so when a stage that can take seconds begins: Pagefind indexes the whole site on a
    /// first build, and a silent console would look stuck. On stderr, beside the diagnostics.
    /// </summary>
    internal static void AnnounceLongStage(string stage)
    {
        if (stage == SearchIndexStep.StageName)
        {
            Console.Error.WriteLine("building the search index (Pagefind)…");
        }
    }
}
