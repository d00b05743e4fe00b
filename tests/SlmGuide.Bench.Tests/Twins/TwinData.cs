using SlmGuide.Bench.Twins;
using SlmGuide.Data.Diagnostics;
using SlmGuide.Data.Twins;
using SlmGuide.Testing;

namespace SlmGuide.Bench.Tests.Twins;

/// <summary>The repository's own twin architecture file, loaded once through the public loader.</summary>
internal static class TwinData
{
    private static readonly Lazy<IReadOnlyDictionary<string, TwinArchitecture>> Loaded = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        var twins = TwinArchitectureLoader.Load(TestRepository.Root, diagnostics);
        Assert.Empty(diagnostics.Sorted);
        return twins!;
    });

    public static IReadOnlyDictionary<string, TwinArchitecture> All => Loaded.Value;

    public static TheoryData<string> Ids() => [.. All.Keys.Order(StringComparer.Ordinal)];

    /// <summary>
    /// A small twin of the same family as a real one: the same head dimension, the same way its rows
    /// divide into quantization blocks (so the same fallbacks happen), three layers and a short vocabulary.
    /// </summary>
    public static TwinArchitecture Reduced(string modelId) => All[modelId] switch
    {
        { Architecture: TwinFamily.Qwen2 } real => real with { EmbeddingLength = 384, HeadCount = 6, KeyValueHeadCount = 2, HeadDimension = 64, FeedForwardLength = 1024, LayerCount = 3, VocabularySize = 512 },
        { Architecture: TwinFamily.Qwen3 } real => real with { EmbeddingLength = 256, HeadCount = 4, KeyValueHeadCount = 2, FeedForwardLength = 768, LayerCount = 3, VocabularySize = 512 },
        { Architecture: TwinFamily.Llama } real => real with { EmbeddingLength = 512, HeadCount = 8, KeyValueHeadCount = 2, FeedForwardLength = 1024, LayerCount = 3, VocabularySize = 512 },
        { Architecture: TwinFamily.Gemma3 } real => real with { EmbeddingLength = 384, HeadCount = 2, KeyValueHeadCount = 1, FeedForwardLength = 768, LayerCount = 3, VocabularySize = 512 },
        { Architecture: TwinFamily.Phi3 } real => real with { EmbeddingLength = 768, HeadCount = 6, KeyValueHeadCount = 2, FeedForwardLength = 1024, LayerCount = 3, VocabularySize = 512 },
        var other => throw new ArgumentOutOfRangeException(nameof(modelId), other.Architecture, "no reduced shape for this family"),
    };
}
