namespace SlmGuide.Bench.Native;

/// <summary>How to load a model. Benchmarks run on the CPU, so no layers are offloaded unless asked.</summary>
public sealed record LlamaModelOptions
{
    public int GpuLayerCount { get; init; }
}
