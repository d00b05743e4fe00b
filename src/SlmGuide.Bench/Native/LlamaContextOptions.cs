namespace SlmGuide.Bench.Native;

/// <summary>Context settings a benchmark varies; everything else keeps llama.cpp's default.</summary>
public sealed record LlamaContextOptions
{
    public uint ContextSize { get; init; } = 1024;

    public uint BatchSize { get; init; } = 2048;

    public uint MicroBatchSize { get; init; } = 512;

    /// <summary>Threads for single-token decodes; 0 means the number of processors.</summary>
    public int Threads { get; init; }

    /// <summary>Threads for batch decodes; 0 means the same as <see cref="Threads"/>.</summary>
    public int ThreadsBatch { get; init; }

    /// <summary>The largest number of positions whose logits one decode may return; 0 means the batch size.</summary>
    public uint OutputsMax { get; init; }
}
