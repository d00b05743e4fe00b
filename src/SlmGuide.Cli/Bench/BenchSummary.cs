using System.Globalization;
using SlmGuide.Bench.Statistics;
using SlmGuide.Bench.Suite;
using Spectre.Console;

namespace SlmGuide.Cli.Bench;

/// <summary>The table printed after a bench run: one row per model, then provenance and any failures with their reasons.</summary>
internal static class BenchSummary
{
    public static void Write(IAnsiConsole console, BenchRunResult result)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in new[] { "model", "type", "size", "pp t/s", "tg t/s", "KL mean", "top-1 agree", "status" })
        {
            table.AddColumn(new TableColumn(column));
        }

        foreach (var job in result.Jobs)
        {
            var record = job.Record;
            table.AddRow(
                Markup.Escape(job.ModelId),
                Markup.Escape(record?.Model.Type ?? "-"),
                record is null ? "-" : Format($"{record.Model.FileBytes / 1048576.0:0.0} MiB"),
                Rate(record?.PromptTokensPerSecond),
                Rate(record?.GeneratedTokensPerSecond),
                record?.Quality?.KlMean is { } kl ? Format($"{kl:0.000000}") : "-",
                record?.Quality?.TopTokenAgreementPercent is { } agree ? Format($"{agree:0.00}%") : "-",
                job.Status switch
                {
                    JobStatus.Measured => "[green]measured[/]",
                    JobStatus.Cached => "cached",
                    _ => "[red]failed[/]",
                });
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
            console.MarkupLine($"[red]failed[/] {Markup.Escape(failed.ModelId)}: {Markup.Escape(failed.FailureReason ?? "unknown reason")}");
        }

        var counts = result.Jobs.GroupBy(job => job.Status).OrderBy(group => group.Key).Select(group => $"{group.Count()} {group.Key.ToString().ToLowerInvariant()}");
        console.MarkupLine(Markup.Escape(string.Join(", ", counts)));
    }

    private static string Rate(SampleSummary? summary) =>
        summary is null ? "-" : Format($"{summary.Mean:0.00} ± {summary.StandardDeviation:0.00}");

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
