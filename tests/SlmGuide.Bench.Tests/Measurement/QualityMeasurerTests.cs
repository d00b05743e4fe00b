using SlmGuide.Bench.Measurement;
using SlmGuide.Bench.Native;
using SlmGuide.Bench.Quantization;

namespace SlmGuide.Bench.Tests.Measurement;

[Collection(EngineTestGroup.Name)]
public sealed class QualityMeasurerTests(TinyModelFixture fixture)
{
    private const string Text = "品質の試験に使う短い文章です。 A short text for the quality test, with numbers 1, 2 and 3. もう一度、日本語の文。";

    [Fact]
    public void The_F32_model_against_itself_has_zero_divergence_and_full_agreement()
    {
        using var model = fixture.Runtime.LoadModel(fixture.ModelPath);
        using var reference = fixture.Runtime.LoadModel(fixture.ModelPath);

        var quality = new QualityMeasurer(windowTokens: 64, batchTokens: 16, threads: 2).Measure(Text, model, reference);

        Assert.Equal(0.0, quality.KlMean);
        Assert.Equal(0.0, quality.KlMax);
        Assert.Equal(100.0, quality.TopTokenAgreementPercent);
        Assert.Equal(quality.ReferencePerplexity, quality.Perplexity);
        Assert.Equal(model.Tokenize(Text).Length, quality.Positions);
    }

    [Fact]
    public void Q4_0_diverges_more_than_Q8_0_which_diverges_more_than_nothing()
    {
        var folder = Directory.CreateTempSubdirectory("slmguide-quality-").FullName;
        try
        {
            var quantizer = new ModelQuantizer(fixture.Runtime);
            var q8Path = Path.Combine(folder, "tiny-Q8_0.gguf");
            var q4Path = Path.Combine(folder, "tiny-Q4_0.gguf");
            quantizer.Quantize(fixture.ModelPath, q8Path, LlamaFileType.MostlyQ8_0, threads: 2);
            quantizer.Quantize(fixture.ModelPath, q4Path, LlamaFileType.MostlyQ4_0, threads: 2);
            using var reference = fixture.Runtime.LoadModel(fixture.ModelPath);
            using var q8 = fixture.Runtime.LoadModel(q8Path);
            using var q4 = fixture.Runtime.LoadModel(q4Path);
            var measurer = new QualityMeasurer(windowTokens: 64, batchTokens: 16, threads: 2);

            var q8Quality = measurer.Measure(Text, q8, reference);
            var q4Quality = measurer.Measure(Text, q4, reference);

            Assert.True(q8Quality.KlMean > 0, $"Q8_0 KL {q8Quality.KlMean}");
            Assert.True(q4Quality.KlMean > q8Quality.KlMean, $"Q4_0 KL {q4Quality.KlMean} vs Q8_0 KL {q8Quality.KlMean}");
            Assert.True(q4Quality.KlMax >= q4Quality.KlP99 && q4Quality.KlP99 >= 0);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Without_a_reference_only_perplexity_is_reported()
    {
        using var model = fixture.Runtime.LoadModel(fixture.ModelPath);

        var quality = new QualityMeasurer(windowTokens: 64, batchTokens: 16, threads: 2).Measure(Text, model, reference: null);

        Assert.True(quality.Perplexity > 1);
        Assert.Null(quality.KlMean);
        Assert.Null(quality.TopTokenAgreementPercent);
    }
}
