namespace SlmGuide.Bench.Twins;

/// <summary>What a tensor does; llama.cpp's quantizer picks a tensor's type by this role and its layer.</summary>
public enum TwinTensorRole
{
    TokenEmbedding,
    Output,
    Norm,
    Bias,
    AttentionQuery,
    AttentionKey,
    AttentionValue,
    AttentionQueryKeyValue,
    AttentionOutput,
    FeedForwardGate,
    FeedForwardUp,
    FeedForwardDown,

    /// <summary>RoPE frequency factors the converter computes from config.json; not parameters of the model.</summary>
    RopeFactors,
}

/// <summary>
/// One tensor of a twin, named and shaped as llama.cpp's converter writes it. Dimensions are in
/// ggml order: the first is the row length (the input size of a weight matrix).
/// </summary>
public sealed record TwinTensor(string Name, IReadOnlyList<ulong> Dimensions, TwinTensorRole Role, int? Layer)
{
    public ulong ElementCount => Dimensions.Aggregate(1UL, (product, dimension) => product * dimension);

    public ulong RowLength => Dimensions[0];

    /// <summary>A weight matrix: what the quantizer quantizes (one-dimensional tensors stay F32).</summary>
    public bool IsMatrix => Dimensions.Count >= 2;

    /// <summary>Counted in the model's parameters, as the model card counts them.</summary>
    public bool IsParameter => Role is not TwinTensorRole.RopeFactors;
}
