using SlmGuide.Bench.Native;

namespace SlmGuide.Bench.Tests.Native;

/// <summary>
/// The C# struct mirrors must match llama.h of the pinned release byte for byte. If a field were
/// missing, added or resized, the defaults returned by value would land in the wrong fields and
/// these expectations (the header's documented defaults) would fail.
/// </summary>
[Collection(EngineTestGroup.Name)]
public sealed class BindingLayoutTests(TinyModelFixture fixture)
{
    [Fact]
    public void Model_defaults_read_back_as_the_header_defines_them()
    {
        var defaults = LlamaRuntime.DefaultModelParams();

        Assert.Equal(0, defaults.Devices);
        Assert.Equal(0, defaults.TensorBufferTypeOverrides);
        Assert.Equal(-1, defaults.GpuLayerCount);
        Assert.Equal(1, defaults.SplitMode);
        Assert.Equal(-1, defaults.LoadMode);
        Assert.Equal(1, defaults.LazyMode);
        Assert.Equal(0, defaults.MainGpu);
        Assert.Equal(0, defaults.TensorSplit);
        Assert.Equal(0, defaults.ProgressCallback);
        Assert.Equal(0, defaults.KeyValueOverrides);
        Assert.Equal(0, defaults.VocabOnly);
        Assert.Equal(0, defaults.CheckTensors);
        Assert.Equal(1, defaults.UseExtraBufferTypes);
        Assert.Equal(0, defaults.NoHost);
        Assert.Equal(0, defaults.NoAlloc);
        Assert.Equal(0, defaults.LoadMtp);
    }

    [Fact]
    public void Context_defaults_read_back_as_the_header_defines_them()
    {
        var defaults = LlamaRuntime.DefaultContextParams();

        Assert.Equal(512u, defaults.ContextSize);
        Assert.Equal(2048u, defaults.BatchSize);
        Assert.Equal(512u, defaults.MicroBatchSize);
        Assert.Equal(1u, defaults.SequenceMax);
        Assert.Equal(0u, defaults.RecurrentStateSnapshots);
        Assert.Equal(0u, defaults.OutputsMax);
        Assert.Equal(1u, defaults.OutputsMaxPerSequence);
        Assert.Equal(4, defaults.Threads);
        Assert.Equal(4, defaults.ThreadsBatch);
        Assert.Equal(0, defaults.ContextType);
        Assert.Equal(-1, defaults.RopeScalingType);
        Assert.Equal(-1, defaults.PoolingType);
        Assert.Equal(-1, defaults.AttentionType);
        Assert.Equal(-1, defaults.FlashAttentionType);
        Assert.Equal(0.0f, defaults.RopeFrequencyBase);
        Assert.Equal(0.0f, defaults.RopeFrequencyScale);
        Assert.Equal(-1.0f, defaults.YarnExtrapolationFactor);
        Assert.Equal(-1.0f, defaults.YarnAttentionFactor);
        Assert.Equal(-1.0f, defaults.YarnBetaFast);
        Assert.Equal(-1.0f, defaults.YarnBetaSlow);
        Assert.Equal(0u, defaults.YarnOriginalContext);
        Assert.Equal(-1.0f, defaults.DefragThreshold);
        Assert.Equal(0, defaults.EvalCallback);
        Assert.Equal(GgmlType.F16, defaults.KeyCacheType);
        Assert.Equal(GgmlType.F16, defaults.ValueCacheType);
        Assert.Equal(0, defaults.AbortCallback);
        Assert.Equal(0, defaults.Embeddings);
        Assert.Equal(1, defaults.OffloadKqv);
        Assert.Equal(1, defaults.NoPerf);
        Assert.Equal(1, defaults.OpOffload);
        Assert.Equal(1, defaults.SwaFull);
        Assert.Equal(0, defaults.KvUnified);
        Assert.Equal(0, defaults.Samplers);
        Assert.Equal(0u, defaults.SamplerCount);
        Assert.Equal(0, defaults.OtherContext);
    }

    [Fact]
    public void Quantize_defaults_read_back_as_the_header_defines_them()
    {
        var defaults = LlamaRuntime.DefaultQuantizeParams();

        Assert.Equal(0, defaults.ThreadCount);
        Assert.Equal(LlamaFileType.MostlyQ8_0, defaults.FileType);
        Assert.Equal(GgmlType.Count, defaults.OutputTensorType);
        Assert.Equal(GgmlType.Count, defaults.TokenEmbeddingType);
        Assert.Equal(0, defaults.AllowRequantize);
        Assert.Equal(1, defaults.QuantizeOutputTensor);
        Assert.Equal(0, defaults.OnlyCopy);
        Assert.Equal(0, defaults.Pure);
        Assert.Equal(0, defaults.KeepSplit);
        Assert.Equal(0, defaults.DryRun);
        Assert.Equal(0, defaults.ImportanceMatrix);
        Assert.Equal(0, defaults.KeyValueOverrides);
        Assert.Equal(0, defaults.TensorTypeOverrides);
        Assert.Equal(0, defaults.PruneLayers);
        Assert.Equal(8UL * 1024 * 1024 * 1024, (ulong)defaults.MaxBufferSize);
    }

    [Fact]
    public void A_context_created_with_non_default_values_reports_them_back()
    {
        using var model = fixture.Runtime.LoadModel(fixture.ModelPath);
        using var context = model.CreateContext(new LlamaContextOptions
        {
            ContextSize = 768,
            BatchSize = 384,
            MicroBatchSize = 128,
            Threads = 3,
            ThreadsBatch = 2,
        });

        Assert.Equal(768u, context.ContextSize);
        Assert.Equal(384u, context.BatchSize);
        Assert.Equal(128u, context.MicroBatchSize);
        Assert.Equal(1u, context.SequenceMax);
        Assert.Equal(3, context.Threads);
        Assert.Equal(2, context.ThreadsBatch);
    }
}
