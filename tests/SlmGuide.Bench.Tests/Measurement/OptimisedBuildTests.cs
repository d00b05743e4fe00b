using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;
using SlmGuide.Bench.Measurement;

namespace SlmGuide.Bench.Tests.Measurement;

/// <summary>
/// Measurement code must be JIT-optimised even in Debug builds (what `dotnet run` and `dotnet test`
/// use): unoptimised, the bandwidth probe read 12.7 GB/s on a machine that streams 32 GB/s, and
/// every roofline share came out twice too high.
/// </summary>
public sealed class OptimisedBuildTests
{
    [Fact]
    public void Bench_assembly_is_built_with_the_optimiser_on()
    {
        var debuggable = typeof(MemoryBandwidth).Assembly.GetCustomAttribute<DebuggableAttribute>();
        Assert.False(debuggable?.IsJITOptimizerDisabled ?? false);
    }

    /// <summary>
    /// On two cores, background re-JIT and GC threads in the worker cost the decode loop time:
    /// with them on, pp512 measured 0.94× the C harness; without them, 1.00×.
    /// </summary>
    [Fact]
    public void Worker_runs_without_background_jit_or_gc_threads()
    {
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "SlmGuide.Bench.Worker.runtimeconfig.json")))!;
        var properties = config["runtimeOptions"]!["configProperties"]!;
        Assert.False((bool)properties["System.Runtime.TieredCompilation"]!);
        Assert.False((bool)properties["System.GC.Concurrent"]!);
    }
}
