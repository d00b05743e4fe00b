using System.Runtime.InteropServices;

namespace SlmGuide.Bench.Worker;

/// <summary>
/// Faults a test can plant in a worker through <see cref="Variable"/>, to prove the runner survives
/// them: "crash" kills the worker with SIGSEGV the way a native bug would, "hang" never finishes.
/// Only the worker reads the variable; the CLI has no option for it.
/// </summary>
public static partial class PlantedFault
{
    public const string Variable = "SLMGUIDE_BENCH_WORKER_FAULT";

    private const int SegmentationFault = 11;

    /// <summary>Acts on the planted fault, if any; returns only when none is planted.</summary>
    public static void TriggerIfPlanted()
    {
        switch (Environment.GetEnvironmentVariable(Variable))
        {
            case "crash":
                // If the runtime's signal handler ever returns from the signal, abort instead: still a native crash.
                _ = Raise(SegmentationFault);
                System.Environment.FailFast("planted crash");
                break;
            case "hang":
                Thread.Sleep(Timeout.Infinite);
                break;
            default:
                return;
        }
    }

    [LibraryImport("libc", EntryPoint = "raise")]
    private static partial int Raise(int signal);
}
