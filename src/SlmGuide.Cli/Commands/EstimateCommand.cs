using System.CommandLine;
using System.Globalization;
using SlmGuide.Bench.Twins;
using SlmGuide.Data;
using SlmGuide.Data.Bench;
using SlmGuide.Data.Diagnostics;
using SlmGuide.Data.Estimate;
using SlmGuide.Data.Twins;

namespace SlmGuide.Cli.Commands;

/// <summary>
/// <c>slmguide estimate</c>: the fit-and-speed estimate beside every measured twin of every machine
/// in data/bench/results, leave-one-out, with the median errors. Needs no engine.
/// </summary>
internal static class EstimateCommand
{
    public static Command Create()
    {
        var root = CommonOptions.Root();
        var command = new Command("estimate", "Compare the memory and speed estimate with the measured twins (leave-one-out), machine by machine")
        {
            root,
        };
        command.SetAction(parse =>
        {
            var rootPath = parse.GetValue(root)!.FullName;
            var diagnostics = new DiagnosticBag();
            var twins = TwinArchitectureLoader.Load(rootPath, diagnostics);
            var site = new SiteRoot(rootPath);
            var machines = ResultsFolder.Load(site.Resolve("data/bench/results"), site.Display, diagnostics);
            if (twins is null || diagnostics.Sorted.Any(d => d.IsError))
            {
                DiagnosticPrinter.PrintDiagnostics(diagnostics.Sorted, Console.Error);
                return ExitCodes.InputError;
            }

            var printed = false;
            foreach (var machine in machines)
            {
                var rows = TwinEstimateValidation.Compare(machine, twins);
                if (rows.Count == 0)
                {
                    continue;
                }

                printed = true;
                Print(machine.Machine, rows, Console.Out);
            }

            if (!printed)
            {
                Console.Out.WriteLine("no measured twins in data/bench/results: run `slmguide bench --suite data/bench/twins-suite.yaml` first");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void Print(MachineRecord machine, IReadOnlyList<EstimateComparison> rows, TextWriter output)
    {
        var bandwidth = machine.MemoryBandwidthBytesPerSecond is { } b ? string.Create(CultureInfo.InvariantCulture, $"{b / 1e9:F1} GB/s") : "not measured";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{machine.CpuModel}, {machine.LogicalCores} logical cores, memory bandwidth {bandwidth}"));
        output.WriteLine("| model | type | figure | measured | estimated | error |");
        output.WriteLine("|---|---|---|---:|---:|---:|");
        foreach (var row in rows)
        {
            var estimated = row.Estimated is { } e ? e.ToString("F1", CultureInfo.InvariantCulture) : "n/a";
            var error = row.RelativeError is { } r ? (r * 100).ToString("+0.0;-0.0", CultureInfo.InvariantCulture) + " %" : "n/a";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {row.Model} | {row.Type} | {row.Figure} | {row.Measured:F1} | {estimated} | {error} |"));
        }

        foreach (var group in rows.GroupBy(r => r.Figure.StartsWith("tg", StringComparison.Ordinal) ? "tg" : "memory"))
        {
            var errors = group.Where(r => r.RelativeError is not null).Select(r => Math.Abs(r.RelativeError!.Value)).ToList();
            var summary = errors.Count == 0
                ? "no estimate: leave-one-out needs measurements of at least two twins"
                : string.Create(CultureInfo.InvariantCulture, $"median |error| {TwinEstimateValidation.Median(errors)!.Value * 100:F1} %, largest {errors.Max() * 100:F1} % over {errors.Count} figures");
            output.WriteLine($"{group.Key}: {summary}");
        }

        output.WriteLine();
    }
}
