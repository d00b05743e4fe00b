using SlmGuide.Data.Binding;

namespace SlmGuide.Bench.Suite;

/// <summary>data/bench/suite.yaml: what <c>slmguide bench</c> measures and how.</summary>
public sealed record SuiteFile : Entry
{
    /// <summary>The text quality is measured on, relative to the site root.</summary>
    public required string QualityText { get; init; }

    public SuiteParameters? Parameters { get; init; }

    /// <summary>The engines every model is measured with unless its entry names its own: llama.cpp, llamasharp. Left out, llama.cpp alone.</summary>
    public IReadOnlyList<string>? Engines { get; init; }

    /// <summary>
    /// The file types every engine measures, for every model unless its entry names its own; the
    /// other types (and memory probes) are measured by the first engine alone. Left out, every engine measures every type.
    /// </summary>
    public IReadOnlyList<string>? CompareEnginesOn { get; init; }

    public required IReadOnlyList<SuiteModel> Models { get; init; }
}
