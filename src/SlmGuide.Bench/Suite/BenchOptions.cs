using SlmGuide.Bench.Engine;

namespace SlmGuide.Bench.Suite;

/// <summary>What one <c>slmguide bench</c> run does; null fields keep the suite's own values.</summary>
public sealed record BenchOptions
{
    /// <summary>The site root: data/bench/ lives under it, and suite paths are relative to it.</summary>
    public required string RootDirectory { get; init; }

    /// <summary>The suite file; null means data/bench/suite.yaml under the root.</summary>
    public string? SuitePath { get; init; }

    /// <summary>A glob (<c>*</c>, <c>?</c>) over model ids; null runs every model.</summary>
    public string? Filter { get; init; }

    /// <summary>Measure every selected model with this engine alone, whatever the suite names; null keeps the suite's engines.</summary>
    public BenchEngine? Engine { get; init; }

    /// <summary>Measure again even when a result with the same key is stored.</summary>
    public bool Force { get; init; }

    public int? Threads { get; init; }

    public int? Repetitions { get; init; }

    /// <summary>Fetch missing model files that have a URL, and check their SHA-256.</summary>
    public bool Download { get; init; }

    /// <summary>Where results go; null means data/bench/results under the root.</summary>
    public string? ResultsDirectory { get; init; }

    /// <summary>Where generated and quantized models are kept; null means the default cache.</summary>
    public string? ModelCacheDirectory { get; init; }

    /// <summary>Extra environment for every worker (tests plant faults this way).</summary>
    public IReadOnlyDictionary<string, string> WorkerEnvironment { get; init; } = new Dictionary<string, string>();

    public static string DefaultSuitePath(string root) => Path.Combine(root, "data", "bench", "suite.yaml");

    public static string DefaultResultsDirectory(string root) => Path.Combine(root, "data", "bench", "results");
}
