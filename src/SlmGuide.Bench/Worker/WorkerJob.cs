using SlmGuide.Bench.Measurement;

namespace SlmGuide.Bench.Worker;

/// <summary>
/// What one worker process does: measure one model's speed and, when a text is given, its quality
/// against a reference; or, with <see cref="DescribeOnly"/>, start its engine and say which build it is.
/// </summary>
public sealed record WorkerJob
{
    /// <summary>The model to measure; ignored when <see cref="DescribeOnly"/> is set.</summary>
    public string ModelPath { get; init; } = string.Empty;

    /// <summary>Only start the engine and answer with its <see cref="EngineDescription"/>: the runner keys results by it before any job runs.</summary>
    public bool DescribeOnly { get; init; }

    /// <summary>The model to compare against (the F32 original); null scores perplexity only.</summary>
    public string? ReferencePath { get; init; }

    /// <summary>UTF-8 text for the quality measurement; null skips it.</summary>
    public string? QualityTextPath { get; init; }

    public SpeedParameters Speed { get; init; } = new();

    /// <summary>Set for a memory probe: create a context of this size, decode one micro-batch, report peak memory; no speed test.</summary>
    public int? MemoryContext { get; init; }

    /// <summary>Engine folder; null lets the worker find it as the CLI does.</summary>
    public string? LibraryDirectory { get; init; }
}
