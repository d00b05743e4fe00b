using SlmGuide.Bench.Measurement;

namespace SlmGuide.Bench.Worker;

/// <summary>What one worker process measures: one model's speed and, when a text is given, its quality against a reference.</summary>
public sealed record WorkerJob
{
    public required string ModelPath { get; init; }

    /// <summary>The model to compare against (the F32 original); null scores perplexity only.</summary>
    public string? ReferencePath { get; init; }

    /// <summary>UTF-8 text for the quality measurement; null skips it.</summary>
    public string? QualityTextPath { get; init; }

    public required SpeedParameters Speed { get; init; }

    /// <summary>Set for a memory probe: create a context of this size, decode one micro-batch, report peak memory; no speed test.</summary>
    public int? MemoryContext { get; init; }

    /// <summary>Engine folder; null lets the worker find it as the CLI does.</summary>
    public string? LibraryDirectory { get; init; }
}
