using System.Globalization;

namespace SlmGuide.Bench.Synthetic;

/// <summary>
/// The shape and seed of a synthetic Llama-architecture model. Embedding and feed-forward sizes
/// must be multiples of 256, because llama.cpp's K-quants (Q4_K_M, Q6_K, ...) work on rows of 256.
/// </summary>
public sealed record SyntheticModelSpec(
    string Name,
    int EmbeddingLength,
    int LayerCount,
    int HeadCount,
    int KeyValueHeadCount,
    int FeedForwardLength,
    int ContextLength,
    ulong Seed)
{
    /// <summary>Changes whenever the generator would write different bytes for the same spec.</summary>
    public const int GeneratorVersion = 1;

    /// <summary>About 1.7 million parameters (7 MB as F32): fast enough for every test.</summary>
    public static SyntheticModelSpec Tiny { get; } = new("tiny", 256, 2, 4, 2, 768, 1024, 20261123);

    /// <summary>
    /// About 75.9 million parameters (303 MB as F32, roughly 43 MB as Q4_0): larger than the last-level
    /// cache of common CPUs, so token generation is bound by memory bandwidth as with real models.
    /// </summary>
    public static SyntheticModelSpec Large { get; } = new("large", 768, 12, 12, 4, 2048, 2048, 20261123);

    public static IReadOnlyList<SyntheticModelSpec> Defaults { get; } = [Tiny, Large];

    public int HeadDimension => EmbeddingLength / HeadCount;

    public int KeyValueLength => HeadDimension * KeyValueHeadCount;

    public ulong ParameterCount
    {
        get
        {
            var embedding = (ulong)EmbeddingLength;
            var vocabulary = (ulong)ByteVocabulary.Size;
            var perLayer = (2 * embedding * embedding) + (2 * embedding * (ulong)KeyValueLength) +
                (3 * embedding * (ulong)FeedForwardLength) + (2 * embedding);
            return (2 * vocabulary * embedding) + embedding + ((ulong)LayerCount * perLayer);
        }
    }

    /// <summary>A file-name-safe identity that changes whenever any field or the generator changes.</summary>
    public string Identity => string.Create(
        CultureInfo.InvariantCulture,
        $"{Name}-e{EmbeddingLength}-l{LayerCount}-h{HeadCount}-kv{KeyValueHeadCount}-ff{FeedForwardLength}-c{ContextLength}-s{Seed}-g{GeneratorVersion}");

    /// <summary>Problems that would make llama.cpp reject the model or the K-quants skip it; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Name) || Name.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
        {
            problems.Add($"name '{Name}' must be non-empty and use only ASCII letters, digits, '-', '_' or '.'");
        }

        if (EmbeddingLength <= 0 || EmbeddingLength % 256 != 0)
        {
            problems.Add($"embedding length {EmbeddingLength} must be a positive multiple of 256");
        }

        if (FeedForwardLength <= 0 || FeedForwardLength % 256 != 0)
        {
            problems.Add($"feed-forward length {FeedForwardLength} must be a positive multiple of 256");
        }

        if (LayerCount is <= 0 or > 512)
        {
            problems.Add($"layer count {LayerCount} must be between 1 and 512");
        }

        if (HeadCount <= 0 || EmbeddingLength % HeadCount != 0)
        {
            problems.Add($"head count {HeadCount} must divide the embedding length {EmbeddingLength}");
        }
        else if (HeadDimension % 2 != 0)
        {
            problems.Add($"head dimension {HeadDimension} must be even for rotary embeddings");
        }

        if (KeyValueHeadCount <= 0 || HeadCount % Math.Max(KeyValueHeadCount, 1) != 0)
        {
            problems.Add($"key/value head count {KeyValueHeadCount} must divide the head count {HeadCount}");
        }

        if (ContextLength is < 16 or > 1_048_576)
        {
            problems.Add($"context length {ContextLength} must be between 16 and 1048576");
        }

        return problems;
    }
}
