namespace SlmGuide.Bench.Worker;

/// <summary>
/// One line a worker writes on standard output, as JSON. Progress lines arrive while it works; a
/// ready line comes once the model is loaded, and the worker then waits for <see cref="GoLine"/>
/// on standard input before it measures; a single report line ends a successful job, and a problem
/// line one that failed on the author's input. A describe job ends with one engine line instead. Anything
/// else on stdout is ignored, so a stray print in native code cannot break the protocol.
/// </summary>
public sealed record WorkerMessage
{
    public const string ProgressKind = "progress";
    public const string ReadyKind = "ready";
    public const string ReportKind = "report";
    public const string ProblemKind = "problem";
    public const string EngineKind = "engine";

    /// <summary>What the runner answers on standard input to a ready line.</summary>
    public const string GoLine = "go";

    public required string Kind { get; init; }

    /// <summary>For progress: the step, for example "load", "pp512", "tg128" or "quality".</summary>
    public string? Step { get; init; }

    /// <summary>For progress: the repetition just finished (1-based), 0 when the step has none.</summary>
    public int Repetition { get; init; }

    public WorkerReport? Report { get; init; }

    public WorkerProblem? Problem { get; init; }

    public EngineDescription? Engine { get; init; }
}
