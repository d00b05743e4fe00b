using System.Diagnostics;
using System.Runtime;

namespace SlmGuide.Bench.Worker;

/// <summary>
/// Waits for this process's just-in-time compiler to go quiet. .NET recompiles hot methods on a
/// background thread some time after they got hot; a test timed meanwhile in the worker would share
/// the cores with that thread (about 0.2 s of CPU in the first second of a job, by /proc).
/// </summary>
public static class BackgroundJit
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    // Longer than the runtime's 100 ms call-counting delay, so a batch of recompilations about to
    // start cannot pass for silence.
    private static readonly TimeSpan QuietWindow = TimeSpan.FromMilliseconds(250);

    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(3);

    /// <summary>Returns once no method was compiled for <see cref="QuietWindow"/>, or after <see cref="Limit"/> at most.</summary>
    public static void WaitUntilQuiet()
    {
        var started = Stopwatch.GetTimestamp();
        var quietSince = started;
        var compiled = JitInfo.GetCompiledMethodCount();
        while (Stopwatch.GetElapsedTime(started) < Limit)
        {
            Thread.Sleep(PollInterval);
            var now = JitInfo.GetCompiledMethodCount();
            if (now != compiled)
            {
                compiled = now;
                quietSince = Stopwatch.GetTimestamp();
            }
            else if (Stopwatch.GetElapsedTime(quietSince) >= QuietWindow)
            {
                return;
            }
        }
    }
}
