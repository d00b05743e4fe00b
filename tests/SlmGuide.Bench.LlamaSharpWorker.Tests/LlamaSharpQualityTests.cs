using SlmGuide.Bench.Measurement;

namespace SlmGuide.Bench.LlamaSharpWorker.Tests;

[Collection(LlamaSharpTestGroup.Name)]
public sealed class LlamaSharpQualityTests(LlamaSharpFixture fixture)
{
    private const string Text = "品質の試験に使う短い文章です。 A short text for the quality test, with numbers 1, 2 and 3. もう一度、日本語の文。";

    [Fact]
    public void The_F32_model_against_itself_has_zero_divergence_and_full_agreement()
    {
        using var model = fixture.Engine.LoadModel(fixture.ModelPath);
        using var reference = fixture.Engine.LoadModel(fixture.ModelPath);

        var quality = new QualityMeasurer(windowTokens: 64, batchTokens: 16, threads: 2).Measure(Text, model, reference);

        Assert.Equal(0.0, quality.KlMean);
        Assert.Equal(0.0, quality.KlMax);
        Assert.Equal(100.0, quality.TopTokenAgreementPercent);
        Assert.Equal(model.Tokenize(Text).Length, quality.Positions);
    }

    [Fact]
    public void Q4_0_diverges_more_than_Q8_0_which_diverges_more_than_nothing()
    {
        using var reference = fixture.Engine.LoadModel(fixture.ModelPath);
        using var q8 = fixture.Engine.LoadModel(fixture.Q8Path);
        using var q4 = fixture.Engine.LoadModel(fixture.Q4Path);
        var measurer = new QualityMeasurer(windowTokens: 64, batchTokens: 16, threads: 2);

        var q8Quality = measurer.Measure(Text, q8, reference);
        var q4Quality = measurer.Measure(Text, q4, reference);

        Assert.True(q8Quality.KlMean > 0, $"Q8_0 KL {q8Quality.KlMean}");
        Assert.True(q4Quality.KlMean > q8Quality.KlMean, $"Q4_0 KL {q4Quality.KlMean} vs Q8_0 KL {q8Quality.KlMean}");
    }

    [Fact]
    public void A_speed_measurement_reports_every_repetition()
    {
        using var model = fixture.Engine.LoadModel(fixture.ModelPath);
        var steps = new List<string>();

        var speed = new SpeedMeasurer(model, new SpeedParameters { PromptTokens = 32, GeneratedTokens = 8, Repetitions = 2, Threads = 2 })
        {
            RepetitionDone = (step, repetition) => steps.Add($"{step}#{repetition}"),
        }.Measure();

        Assert.Equal(["pp32#1", "pp32#2", "tg8#1", "tg8#2"], steps);
        Assert.Equal(2, speed.PromptTokensPerSecond!.Samples.Count);
        Assert.All(speed.GeneratedTokensPerSecond!.Samples, rate => Assert.True(rate > 0));
    }
}
