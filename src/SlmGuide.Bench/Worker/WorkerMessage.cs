namespace SlmGuide.Bench.Worker;

/// <summary>
/// One line a worker writes on standard output, as JSON. Progress lines arrive while it works; a
/// single report line ends a successful job. Anything else on stdout is ignored, so a stray print
/// in native code cannot break the protocol.
/// </summary>
public sealed record WorkerMessage
{
    public const string ProgressKind = "progress";
    public const string ReportKind = "report";

    public required string Kind { get; init; }

    /// <summary>For progress: the step, for example "load", "pp512", "tg128" or "quality".</summary>
    public string? Step { get; init; }

    /// <summary>For progress: the repetition just finished (1-based), 0 when the step has none.</summary>
    public int Repetition { get; init; }

    public WorkerReport? Report { get; init; }
}
