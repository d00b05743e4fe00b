using SlmGuide.Data.Bench;

namespace SlmGuide.Bench.Tests.Measurement;

public sealed class SampleSummaryTests
{
    [Fact]
    public void Standard_deviation_is_the_sample_one_with_n_minus_1()
    {
        var summary = SampleSummary.Of([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]);

        Assert.Equal(5.0, summary.Mean, 12);
        Assert.Equal(Math.Sqrt(32.0 / 7.0), summary.StandardDeviation, 12);
        Assert.Equal(8, summary.Samples.Count);
    }
}
