namespace SlmGuide.Bench.Engine;

/// <summary>
/// An engine a suite can measure with: its name in suite.yaml and on the command line, its name on
/// the site, and the worker program that runs it. Each engine has its own worker process, so two
/// builds of llama.cpp never share one process.
/// </summary>
public sealed record BenchEngine
{
    /// <summary>The npm package's prebuilt llama.cpp (CPU-tuned variants), bound by our own P/Invoke.</summary>
    public static BenchEngine LlamaCpp { get; } = new("llama.cpp", "llama.cpp", "SlmGuide.Bench.Worker", "SLMGUIDE_BENCH_WORKER");

    /// <summary>LLamaSharp from NuGet with its CPU backend: what a .NET application gets.</summary>
    public static BenchEngine LlamaSharp { get; } = new("llamasharp", "LLamaSharp", "SlmGuide.Bench.LlamaSharpWorker", "SLMGUIDE_BENCH_LLAMASHARP_WORKER");

    public static IReadOnlyList<BenchEngine> All { get; } = [LlamaCpp, LlamaSharp];

    private BenchEngine(string name, string displayName, string workerAssembly, string workerOverrideVariable)
    {
        Name = name;
        DisplayName = displayName;
        WorkerAssembly = workerAssembly;
        WorkerOverrideVariable = workerOverrideVariable;
    }

    /// <summary>How suite.yaml and <c>--engine</c> name it.</summary>
    public string Name { get; }

    /// <summary>How the site and the console name it; also the first word of its identity in the results.</summary>
    public string DisplayName { get; }

    public string WorkerAssembly { get; }

    /// <summary>Names a worker dll to run instead of the one beside the application.</summary>
    public string WorkerOverrideVariable { get; }

    /// <summary>The names suite.yaml and <c>--engine</c> accept, for messages.</summary>
    public static string KnownNames => string.Join(", ", All.Select(engine => engine.Name));

    /// <summary>The engine with this name (case-insensitive), or null.</summary>
    public static BenchEngine? Find(string? name) =>
        All.FirstOrDefault(engine => string.Equals(engine.Name, name, StringComparison.OrdinalIgnoreCase));

    public override string ToString() => Name;
}
