using SlmGuide.Bench.Native;
using SlmGuide.Bench.Synthetic;

namespace SlmGuide.Bench.Tests;

/// <summary>
/// Loads the real engine once and generates the tiny synthetic model into a cache folder
/// ($SLMGUIDE_CACHE/models if set, else a folder under the system temp directory).
/// </summary>
public sealed class TinyModelFixture
{
    public TinyModelFixture()
    {
        Runtime = LlamaRuntime.Initialize();
        LlamaRuntime.LogSink = new StandardErrorLogSink(LlamaLogLevel.Error);
        var cacheRoot = Environment.GetEnvironmentVariable(SyntheticModelCache.CacheVariable);
        Cache = new SyntheticModelCache(string.IsNullOrWhiteSpace(cacheRoot)
            ? Path.Combine(Path.GetTempPath(), "slmguide-bench-tests", "models")
            : Path.Combine(cacheRoot, "models"));
        ModelPath = Cache.GetOrCreate(SyntheticModelSpec.Tiny);
    }

    public LlamaRuntime Runtime { get; }

    public SyntheticModelCache Cache { get; }

    public string ModelPath { get; }
}

[CollectionDefinition(Name)]
public sealed class EngineTestGroup : ICollectionFixture<TinyModelFixture>
{
    public const string Name = "llama.cpp engine";
}
