using SlmGuide.Bench.Measurement;

namespace SlmGuide.Bench.Tests.Measurement;

[Collection(EngineTestGroup.Name)]
public sealed class SpeedMeasurerTests(TinyModelFixture fixture)
{
    [Fact]
    public void Each_test_keeps_one_positive_rate_per_repetition_and_reports_every_repetition()
    {
        using var model = fixture.Runtime.LoadModel(fixture.ModelPath);
        var reported = new List<string>();
        var measurer = new SpeedMeasurer(model, new SpeedParameters { PromptTokens = 32, GeneratedTokens = 8, Repetitions = 3, Threads = 2 })
        {
            RepetitionDone = (step, repetition) => reported.Add($"{step}#{repetition}"),
        };

        var result = measurer.Measure();

        Assert.Equal(3, result.PromptTokensPerSecond!.Samples.Count);
        Assert.Equal(3, result.GeneratedTokensPerSecond!.Samples.Count);
        Assert.Equal(3, result.TimeToFirstTokenSeconds!.Samples.Count);
        Assert.All(result.PromptTokensPerSecond.Samples, rate => Assert.True(rate > 0));
        Assert.Equal(result.GeneratedTokensPerSecond.Samples.Average(), result.GeneratedTokensPerSecond.Mean, 9);
        Assert.Equal(["pp32#1", "pp32#2", "pp32#3", "tg8#1", "tg8#2", "tg8#3"], reported);
    }

    [Fact]
    public void A_zero_token_test_is_skipped()
    {
        using var model = fixture.Runtime.LoadModel(fixture.ModelPath);

        var result = new SpeedMeasurer(model, new SpeedParameters { PromptTokens = 0, GeneratedTokens = 4, Repetitions = 1, Threads = 2 }).Measure();

        Assert.Null(result.PromptTokensPerSecond);
        Assert.NotNull(result.GeneratedTokensPerSecond);
    }
}
