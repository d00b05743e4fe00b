namespace SlmGuide.Bench.Worker;

/// <summary>
/// How a worker process ended: a report, or the reason it failed (exit code or signal, timeout,
/// last lines of stderr), with <see cref="Problem"/> when the author's input was at fault.
/// </summary>
public sealed record WorkerOutcome(WorkerReport? Report, string? FailureReason)
{
    public WorkerProblem? Problem { get; init; }

    /// <summary>The engine's answer to a describe job.</summary>
    public EngineDescription? Engine { get; init; }

    public bool Succeeded => Report is not null || Engine is not null;

    public static WorkerOutcome Success(WorkerReport report) => new(report, null);

    public static WorkerOutcome Described(EngineDescription engine) => new(null, null) { Engine = engine };

    public static WorkerOutcome Failure(string reason) => new(null, reason);

    public static WorkerOutcome Refused(WorkerProblem problem) => new(null, problem?.Message) { Problem = problem };
}
