using SlmGuide.Data.Diagnostics;
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

    public static void PrintDiagnostics(BuildResult result, TextWriter error) => PrintDiagnostics(result.Diagnostics, error);

    /// <summary>The same lines for a command that is not a build, such as <c>bench</c>.</summary>
    public static void PrintDiagnostics(IEnumerable<Diagnostic> diagnostics, TextWriter error)
    {
        foreach (var diagnostic in diagnostics)
        {
            error.WriteLine(MessageLanguageChoice.Localize(diagnostic).ToString());
        }
    }

    /// <summary>The closing line, kept apart so a command can print its own report between the problems and the verdict.</summary>
    public static int Verdict(BuildResult result, TextWriter error, string doneMessage)
    {
        if (result.Succeeded)
        {
            var done = MessageLanguageChoice.Text(doneMessage);
            Console.Out.WriteLine(result.WarningCount == 0 ? done : $"{done} ({MessageLanguageChoice.Text(Plural(result.WarningCount, "warning"))})");
            return ExitCodes.Success;
        }

        var strictNote = result.ErrorCount == 0 ? " (--strict treats warnings as errors)" : string.Empty;
        return Failed(result.ErrorCount, result.WarningCount, error, strictNote);
    }

    /// <summary>The closing line of a run that failed on its input.</summary>
    public static int Failed(int errors, int warnings, TextWriter error, string note = "")
    {
        error.WriteLine(MessageLanguageChoice.Text($"failed: {Plural(errors, "error")}, {Plural(warnings, "warning")}{note}"));
        return ExitCodes.InputError;
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
