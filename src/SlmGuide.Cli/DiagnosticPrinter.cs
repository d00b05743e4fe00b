using SlmGuide.Site.Building;

namespace SlmGuide.Cli;

/// <summary>Prints diagnostics in the one format editors and CI understand, then a one-line verdict.</summary>
internal static class DiagnosticPrinter
{
    public static int Report(BuildResult result, TextWriter error, string doneMessage)
    {
        PrintDiagnostics(result, error);
        return Verdict(result, error, doneMessage);
    }

    public static void PrintDiagnostics(BuildResult result, TextWriter error)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            error.WriteLine(diagnostic.ToString());
        }
    }

    /// <summary>The closing line, kept apart so a command can print its own report between the problems and the verdict.</summary>
    public static int Verdict(BuildResult result, TextWriter error, string doneMessage)
    {
        if (result.Succeeded)
        {
            Console.Out.WriteLine(result.WarningCount == 0 ? doneMessage : $"{doneMessage} ({Plural(result.WarningCount, "warning")})");
            return ExitCodes.Success;
        }

        var strictNote = result.ErrorCount == 0 ? " (--strict treats warnings as errors)" : string.Empty;
        error.WriteLine($"failed: {Plural(result.ErrorCount, "error")}, {Plural(result.WarningCount, "warning")}{strictNote}");
        return ExitCodes.InputError;
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
