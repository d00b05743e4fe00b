using SlmGuide.Bench.Suite;
using SlmGuide.Data.Bench;
using Spectre.Console;

namespace SlmGuide.Cli.Bench;

/// <summary>
/// The table printed after a bench run: one row per model with the metrics that have a console
/// header (<see cref="BenchMetric.ConsoleHeader"/>), then provenance and any failures with their reasons.
/// </summary>
internal static class BenchSummary
{
    public static void Write(IAnsiConsole console, BenchRunResult result)
    {
        var metrics = BenchMetrics.All.Where(metric => metric.ConsoleHeader is not null).ToList();
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in (string[])["model", "type", "engine", .. metrics.Select(metric => metric.ConsoleHeader!), "status"])
        {
            table.AddColumn(new TableColumn(Markup.Escape(column)));
        }

        foreach (var job in result.Jobs)
        {
            var record = job.Record;
            var status = job.Status switch
            {
                JobStatus.Measured => "[green]measured[/]",
                JobStatus.Cached => "cached",
                _ => "[red]failed[/]",
            };
            table.AddRow([
                Markup.Escape(job.ModelId),
                Markup.Escape(record?.Model.Type ?? "-"),
                Markup.Escape(job.Engine),
                .. metrics.Select(metric => Markup.Escape((record is null ? null : metric.ConsoleText(record)) ?? "-")),
                status,
            ]);
        }

        console.Write(table);
        if (result.Machine is { } machine)
        {
            var bandwidth = machine.MemoryBandwidthBytesPerSecond is { } b ? Format($", read bandwidth {b / 1e9:0.0} GB/s") : string.Empty;
            console.MarkupLine(Markup.Escape(Format($"machine {machine.Fingerprint}: {machine.CpuModel}, {machine.LogicalCores} cores, {machine.MemoryBytes / 1073741824.0:0.0} GiB{bandwidth}; {result.Engine}")));
        }

        if (result.ResultsPath is { } path)
        {
            console.MarkupLine(Markup.Escape($"results: {path}"));
        }

        foreach (var failed in result.Jobs.Where(job => job.Status == JobStatus.Failed))
        {
            console.MarkupLine($"[red]failed[/] {Markup.Escape(failed.Label)}: {Markup.Escape(failed.FailureReason ?? "unknown reason")}");
        }

        var counts = result.Jobs.GroupBy(job => job.Status).OrderBy(group => group.Key).Select(group => $"{group.Count()} {group.Key.ToString().ToLowerInvariant()}");
        console.MarkupLine(Markup.Escape(string.Join(", ", counts)));
    }

    private static string Format(FormattableString text) => text.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
