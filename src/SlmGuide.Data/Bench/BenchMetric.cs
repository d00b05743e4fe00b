using System.Globalization;

namespace SlmGuide.Data.Bench;

/// <summary>
/// One number of a benchmark record and how every reader shows it: the site's tables and charts
/// and the console summary all iterate <see cref="BenchMetrics.All"/>, so a new metric is one
/// descriptor here plus its measurement.
/// </summary>
public sealed record BenchMetric
{
    /// <summary>The column key in the tables and their downloads, for example <c>tg</c>.</summary>
    public required string Key { get; init; }

    /// <summary>The Japanese name on the site, without the unit.</summary>
    public required string Label { get; init; }

    /// <summary>The unit the value is shown in, written after the label; null when the cell says it (a %).</summary>
    public string? Unit { get; init; }

    /// <summary>The number from a record, already in <see cref="Unit"/>; null when the record has none.</summary>
    public required Func<BenchRecord, MetricValue?> Select { get; init; }

    /// <summary>Invariant digits for a value; the mean and its spread use the same.</summary>
    public required Func<double, string> Format { get; init; }

    /// <summary>Written after the number, for example <c>%</c>.</summary>
    public string Suffix { get; init; } = string.Empty;

    /// <summary>What a row shows when the record has no value, for example 基準 for the reference model; null leaves the cell empty.</summary>
    public string? Missing { get; init; }

    public MetricTables Tables { get; init; }

    /// <summary>The title of a chart axis that plots this metric; null when it is not chartable.</summary>
    public string? AxisTitle { get; init; }

    /// <summary>The column header in the console summary after a bench run; null keeps it out of that table.</summary>
    public string? ConsoleHeader { get; init; }

    /// <summary>Digits for the console when they differ from the page's: a run's own log shows rates as llama-bench does, to two decimals.</summary>
    public Func<double, string>? ConsoleFormat { get; init; }

    public bool IsChartable => AxisTitle is not null;

    /// <summary>The column header on the site: the label with its unit.</summary>
    public string Header => Unit is null ? Label : $"{Label}（{Unit}）";

    /// <summary>The value as text (<c>86.9 ± 0.3</c>, <c>88%</c>), or null when the record has none.</summary>
    public string? Text(BenchRecord record) => Text(record, Format);

    /// <summary>The value as the console summary shows it.</summary>
    public string? ConsoleText(BenchRecord record) => Text(record, ConsoleFormat ?? Format);

    private string? Text(BenchRecord record, Func<double, string> format)
    {
        if (Select(record) is not { } value)
        {
            return null;
        }

        var spread = value.Spread is { } deviation ? $" ± {format(deviation)}" : string.Empty;
        return format(value.Value) + spread + Suffix;
    }

    /// <summary>A formatter with a fixed .NET pattern, such as <c>0.0</c>.</summary>
    public static Func<double, string> Fixed(string pattern) => value => value.ToString(pattern, CultureInfo.InvariantCulture);
}
