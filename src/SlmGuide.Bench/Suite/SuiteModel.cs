using SlmGuide.Data.Binding;

namespace SlmGuide.Bench.Suite;

/// <summary>
/// One model of the suite. Exactly one of <see cref="Synthetic"/>, <see cref="TwinOf"/>, <see cref="Path"/> or
/// <see cref="Quantize"/> says where it comes from; <see cref="Variants"/> adds a quantized
/// entry per type, measured against this one as the reference.
/// </summary>
public sealed record SuiteModel : Entry
{
    public required string Id { get; init; }

    public SyntheticSpecEntry? Synthetic { get; init; }

    /// <summary>A shape-exact twin of this model of data/survey/models.yaml, built from data/bench/twin-architectures.yaml.</summary>
    public string? TwinOf { get; init; }

    /// <summary>A GGUF file, relative to the site root.</summary>
    public string? Path { get; init; }

    /// <summary>Where to download <see cref="Path"/> from when it is missing and <c>--download</c> is given.</summary>
    public Uri? Url { get; init; }

    /// <summary>Expected SHA-256 of the file at <see cref="Path"/> (hex).</summary>
    public string? Sha256 { get; init; }

    public QuantizeEntry? Quantize { get; init; }

    /// <summary>Quantization types to make of this model with llama.cpp's quantizer, for example Q4_K_M.</summary>
    public IReadOnlyList<string>? Variants { get; init; }

    /// <summary>The engines this model and its variants are measured with; left out, the suite's <c>engines</c>.</summary>
    public IReadOnlyList<string>? Engines { get; init; }

    /// <summary>The file types all of <see cref="Engines"/> measure; left out, the suite's <c>compare_engines_on</c>.</summary>
    public IReadOnlyList<string>? CompareEnginesOn { get; init; }
}
