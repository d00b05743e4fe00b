using SlmGuide.Bench.Synthetic;
using SlmGuide.Data.Binding;

namespace SlmGuide.Bench.Suite;

/// <summary>The shape of a generated model, as written in suite.yaml.</summary>
public sealed record SyntheticSpecEntry : Entry
{
    public required int EmbeddingLength { get; init; }

    public required int LayerCount { get; init; }

    public required int HeadCount { get; init; }

    public required int KeyValueHeadCount { get; init; }

    public required int FeedForwardLength { get; init; }

    public int ContextLength { get; init; } = 2048;

    public long Seed { get; init; } = 1;

    public SyntheticModelSpec ToSpec(string name) => new(
        name, EmbeddingLength, LayerCount, HeadCount, KeyValueHeadCount, FeedForwardLength, ContextLength, unchecked((ulong)Seed));
}
