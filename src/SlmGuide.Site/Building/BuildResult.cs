using SlmGuide.Data.Diagnostics;

namespace SlmGuide.Site.Building;

/// <summary>The outcome of a build or check: every diagnostic, what was written, and how long each stage took.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int PagesWritten, bool Strict, IReadOnlyList<StageTiming> Timings)
{
    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);

    /// <summary>Errors fail a build; in strict mode warnings do too.</summary>
    public bool Succeeded => ErrorCount == 0 && (!Strict || WarningCount == 0);
}

public sealed record StageTiming(string Stage, TimeSpan Elapsed);
