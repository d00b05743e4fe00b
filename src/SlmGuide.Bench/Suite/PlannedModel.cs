using SlmGuide.Bench.Engine;
using SlmGuide.Bench.Native;
using SlmGuide.Bench.Synthetic;
using SlmGuide.Bench.Twins;
using SlmGuide.Data.Diagnostics;

namespace SlmGuide.Bench.Suite;

/// <summary>
/// A model the suite asks to measure, resolved to where its file comes from. Exactly one of
/// <see cref="Synthetic"/>, <see cref="Path"/> or <see cref="QuantizedFrom"/> is set.
/// </summary>
public sealed record PlannedModel
{
    public required string Id { get; init; }

    /// <summary>The root entry this model descends from; the reference for its quality.</summary>
    public required string Family { get; init; }

    public SyntheticModelSpec? Synthetic { get; init; }

    /// <summary>The twin file this model is, or is quantized from.</summary>
    public TwinSpec? Twin { get; init; }

    /// <summary>Set for a memory probe: peak memory with a context of this many tokens, no speed test.</summary>
    public int? MemoryContext { get; init; }

    /// <summary>The planned model whose file a memory probe loads.</summary>
    public string? ProbeOf { get; init; }

    /// <summary>Absolute path of a GGUF file the author supplies.</summary>
    public string? Path { get; init; }

    public Uri? Url { get; init; }

    public string? Sha256 { get; init; }

    public string? QuantizedFrom { get; init; }

    public LlamaFileType? QuantizationType { get; init; }

    public required SourceLocation Location { get; init; }

    /// <summary>True when the model is, or is quantized from, a generated model with random weights.</summary>
    public bool IsSynthetic { get; init; }

    public bool IsReference => QuantizedFrom is null && ProbeOf is null;

    /// <summary>The engines that measure this model, one job each, in the suite's order.</summary>
    public IReadOnlyList<BenchEngine> Engines { get; init; } = [BenchEngine.LlamaCpp];

    /// <summary>Twins report no quality: random weights say nothing about how a real model degrades.</summary>
    public bool MeasuresQuality => Twin is null;
}
