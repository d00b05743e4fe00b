namespace SlmGuide.Data.Bench;

/// <summary>A metric's number in the unit it is shown in; <see cref="Spread"/> is the standard deviation of repeated runs, if any.</summary>
public readonly record struct MetricValue(double Value, double? Spread = null)
{
    public static MetricValue Of(SampleSummary summary, double scale = 1)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new(summary.Mean * scale, summary.StandardDeviation * scale);
    }
}
