using SlmGuide.Data.Bench;
using SlmGuide.Data.Diagnostics;

namespace SlmGuide.Bench.Suite;

/// <summary>
/// What a run did. <see cref="Diagnostics"/> holds the author's input errors: in the suite or the
/// stored results (then no job ran), or in preparing or measuring a model (that job failed).
/// <see cref="Engine"/> names the identity of every engine the run used, separated by "; ".
/// </summary>
public sealed record BenchRunResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<JobResult> Jobs,
    MachineRecord? Machine,
    string? Engine,
    string? ResultsPath)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>Errors stopped the run before any model: there is nothing to summarise.</summary>
    public bool HasSuiteErrors => HasErrors && Jobs.Count == 0;

    public int FailedCount => Jobs.Count(job => job.Status == JobStatus.Failed);

    public bool Succeeded => !HasErrors && FailedCount == 0;
}
