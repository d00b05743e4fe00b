namespace SlmGuide.Data.Bench;

/// <summary>
/// One measured model on one machine with one engine and one set of parameters: a row of the
/// site's benchmark tables. <see cref="Id"/> is derived from <see cref="Key"/>, so the same inputs
/// always land on the same record.
/// </summary>
public sealed record BenchRecord
{
    public required string Id { get; init; }

    public required RecordKey Key { get; init; }

    public required ModelFacts Model { get; init; }

    /// <summary>When the measurement finished, UTC, ISO 8601.</summary>
    public required string MeasuredUtc { get; init; }

    public required int Threads { get; init; }

    public required double LoadSeconds { get; init; }

    public SampleSummary? PromptTokensPerSecond { get; init; }

    public SampleSummary? GeneratedTokensPerSecond { get; init; }

    public SampleSummary? TimeToFirstTokenSeconds { get; init; }

    public long? PeakResidentBytes { get; init; }

    /// <summary>Set for a memory probe: the context size of <see cref="PeakResidentBytes"/>; such a record has no speed.</summary>
    public int? ContextSize { get; init; }

    public QualityResult? Quality { get; init; }

    /// <summary>tg rate as a share of the memory-bandwidth ceiling; null when either number is missing.</summary>
    public Roofline? Roofline { get; init; }
}
