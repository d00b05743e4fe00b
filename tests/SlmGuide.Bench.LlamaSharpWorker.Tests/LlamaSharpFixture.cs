using SlmGuide.Bench.LlamaSharpWorker;
using SlmGuide.Bench.Native;
using SlmGuide.Bench.Synthetic;

namespace SlmGuide.Bench.LlamaSharpWorker.Tests;

/// <summary>
/// Opens LLamaSharp's real engine once, generates the tiny synthetic model into a cache folder
/// ($SLMGUIDE_CACHE/models if set, else under the system temp folder) and quantizes it to Q8_0 and
/// Q4_0 with LLamaSharp's quantizer. This process never loads the npm engine: two builds of
/// libggml-base.so share one name, and a process can hold only one.
/// </summary>
public sealed class LlamaSharpFixture : IDisposable
{
    private readonly string _quantized = Directory.CreateTempSubdirectory("slmguide-llamasharp-").FullName;

    public LlamaSharpFixture()
    {
        Engine = LlamaSharpEngine.Open();
        var cacheRoot = Environment.GetEnvironmentVariable(SyntheticModelCache.CacheVariable);
        var cache = new SyntheticModelCache(string.IsNullOrWhiteSpace(cacheRoot)
            ? Path.Combine(Path.GetTempPath(), "slmguide-bench-tests", "models")
            : Path.Combine(cacheRoot, "models"));
        ModelPath = cache.GetOrCreate(SyntheticModelSpec.Tiny);
        Q8Path = Path.Combine(_quantized, "tiny-Q8_0.gguf");
        Q4Path = Path.Combine(_quantized, "tiny-Q4_0.gguf");
        Engine.Quantize(ModelPath, Q8Path, LlamaFileType.MostlyQ8_0, threads: 2);
        Engine.Quantize(ModelPath, Q4Path, LlamaFileType.MostlyQ4_0, threads: 2);
    }

    public LlamaSharpEngine Engine { get; }

    /// <summary>The tiny model in F32.</summary>
    public string ModelPath { get; }

    public string Q8Path { get; }

    public string Q4Path { get; }

    public void Dispose() => Directory.Delete(_quantized, recursive: true);
}

[CollectionDefinition(Name)]
public sealed class LlamaSharpTestGroup : ICollectionFixture<LlamaSharpFixture>
{
    public const string Name = "LLamaSharp engine";
}
