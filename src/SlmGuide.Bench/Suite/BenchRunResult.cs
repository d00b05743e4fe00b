using SlmGuide.Bench.Results;
using SlmGuide.Data.Diagnostics;

namespace SlmGuide.Bench.Suite;

/// <summary>What a run did. <see cref="Diagnostics"/> holds suite errors, in which case no job ran.</summary>
public sealed record BenchRunResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<JobResult> Jobs,
    MachineRecord? Machine,
    string? Engine,
    string? ResultsPath)
{
    public bool HasSuiteErrors => Diagnostics.Any(d => d.IsError);

    public int FailedCount => Jobs.Count(job => job.Status == JobStatus.Failed);

    public bool Succeeded => !HasSuiteErrors && FailedCount == 0;
}
