using System.CommandLine;
using SlmGuide.Bench.Engine;
using SlmGuide.Bench.Native;
using SlmGuide.Bench.Suite;
using SlmGuide.Cli.Bench;
using Spectre.Console;

namespace SlmGuide.Cli.Commands;

/// <summary><c>slmguide bench</c>: runs the benchmark suite and merges the results into data/bench/results/.</summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var root = CommonOptions.Root();
        var suite = new Option<FileInfo?>("--suite") { Description = "The suite to run (default: data/bench/suite.yaml under the root)" };
        var filter = new Option<string?>("--filter") { Description = "Run only models whose id matches this glob, for example 'large-*'" };
        var force = new Option<bool>("--force") { Description = "Measure again even when a stored result has the same key" };
        var threads = new Option<int?>("--threads") { Description = "Threads per model (default: the suite's value; 0 = every processor)" };
        var repetitions = new Option<int?>("--reps") { Description = "Timed repetitions per test (default: the suite's value)" };
        var download = new Option<bool>("--download") { Description = "Download missing model files that have a url and sha256 in the suite" };
        var engine = new Option<string?>("--engine") { Description = "Measure every selected model with this engine alone (default: the engines the suite names)" };
        engine.AcceptOnlyFromAmong([.. BenchEngine.All.Select(e => e.Name)]);
        threads.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 0 or > 1024)
            {
                result.AddError("--threads must be from 0 to 1024");
            }
        });
        repetitions.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1 or > 100)
            {
                result.AddError("--reps must be from 1 to 100");
            }
        });

        var command = new Command("bench", "Measure the models of the benchmark suite with llama.cpp and LLamaSharp and store the results")
        {
            root, suite, filter, engine, force, threads, repetitions, download,
        };
        command.SetAction((parse, cancellation) => RunAsync(
            new BenchOptions
            {
                RootDirectory = parse.GetValue(root)!.FullName,
                SuitePath = parse.GetValue(suite)?.FullName,
                Filter = parse.GetValue(filter),
                Engine = BenchEngine.Find(parse.GetValue(engine)),
                Force = parse.GetValue(force),
                Threads = parse.GetValue(threads),
                Repetitions = parse.GetValue(repetitions),
                Download = parse.GetValue(download),
            },
            cancellation));
        return command;
    }

    private const int SummaryWidthInLogs = 160;

    /// <summary>
    /// Runs the suite with a live display and a summary; the exit code is non-zero when the suite
    /// or the stored results are wrong (nothing runs), a model cannot be prepared, or any job failed.
    /// </summary>
    public static async Task<int> RunAsync(BenchOptions options, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(options);
        BenchRunResult result;
        var terminal = !Console.IsOutputRedirected;
        try
        {
            var width = !terminal ? int.MaxValue : Console.WindowWidth > 20 ? Console.WindowWidth - 1 : 79;
            var progress = new ConsoleBenchProgress(Console.Out, terminal, width, TimeProvider.System);
            try
            {
                result = await BenchRunner.RunAsync(options, progress, cancellation).ConfigureAwait(false);
            }
            finally
            {
                progress.Finish();
            }
        }
        catch (LlamaEngineNotFoundException exception)
        {
            await Console.Error.WriteLineAsync($"slmguide bench: {exception.Message}").ConfigureAwait(false);
            return ExitCodes.ToolFailure;
        }

        // The same lines as build and check print, so editors and CI read them alike.
        DiagnosticPrinter.PrintDiagnostics(result.Diagnostics, Console.Error);
        if (result.HasSuiteErrors)
        {
            return DiagnosticPrinter.Failed(result.Diagnostics.Count(d => d.IsError), result.Diagnostics.Count(d => !d.IsError), Console.Error);
        }

        // Redirected output (a CI log) has no width, and Spectre's fallback of 80 columns wraps the table's cells.
        if (!terminal)
        {
            AnsiConsole.Console.Profile.Width = SummaryWidthInLogs;
        }

        BenchSummary.Write(AnsiConsole.Console, result);
        return result.Succeeded ? ExitCodes.Success : ExitCodes.InputError;
    }
}
