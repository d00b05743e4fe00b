using SlmGuide.Data.Binding;

namespace SlmGuide.Bench.Suite;

/// <summary>A model made by quantizing another suite entry.</summary>
public sealed record QuantizeEntry : Entry
{
    /// <summary>The id of the entry to quantize; it is also the reference for quality.</summary>
    public required string From { get; init; }

    /// <summary>llama.cpp's name of the type: F16, Q8_0, Q6_K, Q5_K_M, Q4_K_M, Q4_0, …</summary>
    public required string Type { get; init; }
}
