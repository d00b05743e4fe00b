namespace SlmGuide.Data.Bench;

/// <summary>
/// Mean and sample standard deviation (n - 1) of repeated measurements, with the raw samples kept
/// so readers can judge the spread themselves, as llama-bench reports its rates.
/// </summary>
public sealed record SampleSummary(double Mean, double StandardDeviation, IReadOnlyList<double> Samples)
{
    public static SampleSummary Of(IReadOnlyList<double> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count == 0)
        {
            throw new ArgumentException("at least one sample is needed", nameof(samples));
        }

        var mean = samples.Average();
        var squares = samples.Sum(sample => (sample - mean) * (sample - mean));
        var deviation = samples.Count > 1 ? Math.Sqrt(squares / (samples.Count - 1)) : 0.0;
        return new SampleSummary(mean, deviation, [.. samples]);
    }
}
