namespace SlmGuide.Bench.Worker;

/// <summary>How a worker process ended: a report, or the reason it failed (exit code or signal, timeout, last lines of stderr).</summary>
public sealed record WorkerOutcome(WorkerReport? Report, string? FailureReason)
{
    public bool Succeeded => Report is not null;

    public static WorkerOutcome Success(WorkerReport report) => new(report, null);

    public static WorkerOutcome Failure(string reason) => new(null, reason);
}
