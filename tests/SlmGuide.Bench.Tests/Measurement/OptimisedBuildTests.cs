using System.Diagnostics;
using System.Reflection;
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
}
