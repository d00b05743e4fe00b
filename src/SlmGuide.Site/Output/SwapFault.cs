using System.Runtime.InteropServices;

namespace SlmGuide.Site.Output;

/// <summary>
/// A kill a test can plant before one step of the output swap through <see cref="Variable"/>
/// (the step's name), to prove that a build killed there still leaves a whole site. The process
/// gets SIGKILL, which no handler, finally block or disposal outlives, exactly as `kill -9` would.
/// Only the swap reads the variable; the CLI has no option for it.
/// </summary>
internal static partial class SwapFault
{
    public const string Variable = "SLMGUIDE_OUTPUT_SWAP_FAULT";

    private const int Kill = 9;

    /// <summary>The swap's file-system steps, in order.</summary>
    public static class Steps
    {
        public const string ClearPrevious = "clear-previous";
        public const string MoveIn = "move-in";
        public const string Exchange = "exchange";
        public const string Retire = "retire";

        public static IReadOnlyList<string> All { get; } = [ClearPrevious, MoveIn, Exchange, Retire];
    }

    /// <summary>Kills the process when the planted step comes; otherwise does nothing.</summary>
    public static void Before(string step)
    {
        if (Environment.GetEnvironmentVariable(Variable) == step)
        {
            _ = SendSignal(Environment.ProcessId, Kill);
        }
    }

    [LibraryImport("libc", EntryPoint = "kill")]
    private static partial int SendSignal(int processId, int signal);
}
