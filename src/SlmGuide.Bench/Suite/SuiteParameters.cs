using SlmGuide.Data.Binding;

namespace SlmGuide.Bench.Suite;

/// <summary>The measurement settings of a suite; each has llama-bench's default when left out.</summary>
public sealed record SuiteParameters : Entry
{
    public int PromptTokens { get; init; } = 512;

    public int GeneratedTokens { get; init; } = 128;

    public int Repetitions { get; init; } = 5;

    /// <summary>0 means every processor.</summary>
    public int Threads { get; init; }

    /// <summary>Longest time one job (one model) may take before it is stopped and marked failed.</summary>
    public int TimeoutSeconds { get; init; } = 300;

    /// <summary>Context sizes at which each twin's peak memory is measured (capped at the model's own maximum).</summary>
    public IReadOnlyList<int> MemoryContexts { get; init; } = [];

    /// <summary>The quantization type of the twin variant whose memory is measured at <see cref="MemoryContexts"/>.</summary>
    public string MemoryType { get; init; } = "Q4_K_M";
}
