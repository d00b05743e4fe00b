namespace SlmGuide.Cli;

/// <summary>What the process exit code tells a script or CI.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The user's input is wrong: fix the reported files.</summary>
    public const int InputError = 1;

    /// <summary>The tool itself failed: a bug, or a benchmark engine that is not installed (a full or read-only disk is B005, exit 1).</summary>
    public const int ToolFailure = 2;
}
