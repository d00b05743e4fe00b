namespace SlmGuide.Data.Bench;

/// <summary>What was measured: the suite entry, its weights' type and size, and whether it is a synthetic model.</summary>
public sealed record ModelFacts
{
    /// <summary>The entry's id in suite.yaml, for example <c>large-q4_k_m</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The entry the model is derived from (its F32 original), or its own id.</summary>
    public required string Family { get; init; }

    /// <summary>Weight type as llama.cpp names it: F32, F16, Q8_0, Q4_K_M, …</summary>
    public required string Type { get; init; }

    /// <summary>True for the project's generated models with random weights: speed and quantization error are real, text is not.</summary>
    public required bool Synthetic { get; init; }

    /// <summary>For a shape-exact twin, the model of data/survey/models.yaml whose architecture it copies.</summary>
    public string? TwinOf { get; init; }

    public required string Description { get; init; }

    public required long FileBytes { get; init; }

    public required ulong ParameterCount { get; init; }

    /// <summary>Bytes of the weight tensors: what one generated token has to read.</summary>
    public required ulong WeightBytes { get; init; }
}
