namespace SlmGuide.Cli;

/// <summary>What the process exit code tells a script or CI.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The user's input is wrong: fix the reported files.</summary>
    public const int InputError = 1;

    /// <summary>The tool itself failed (a bug, a missing engine, a full disk).</summary>
    public const int ToolFailure = 2;
}
