using SlmGuide.Data.Bench;

namespace SlmGuide.Bench.Suite;

/// <summary>The end of one model's job: its record (measured or cached) or why it failed.</summary>
public sealed record JobResult(string ModelId, JobStatus Status, BenchRecord? Record, string? FailureReason);
