using SlmGuide.Data.Bench;

namespace SlmGuide.Bench.Measurement;

/// <summary>Rates in tokens per second, and time to first token in seconds; null for a test that was not run (0 tokens).</summary>
public sealed record SpeedResult(
    SampleSummary? PromptTokensPerSecond,
    SampleSummary? GeneratedTokensPerSecond,
    SampleSummary? TimeToFirstTokenSeconds);
