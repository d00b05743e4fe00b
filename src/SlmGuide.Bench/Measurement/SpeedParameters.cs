namespace SlmGuide.Bench.Measurement;

/// <summary>What a speed measurement does: llama-bench's pp/tg tests and its batch settings.</summary>
public sealed record SpeedParameters
{
    public int PromptTokens { get; init; } = 512;

    public int GeneratedTokens { get; init; } = 128;

    public int Repetitions { get; init; } = 5;

    /// <summary>Worker threads; 0 means every processor of the machine.</summary>
    public int Threads { get; init; }

    public uint BatchSize { get; init; } = 2048;

    public uint MicroBatchSize { get; init; } = 512;

    public int EffectiveThreads => Threads > 0 ? Threads : Environment.ProcessorCount;
}
