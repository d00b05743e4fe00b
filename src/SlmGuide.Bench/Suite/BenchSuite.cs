using SlmGuide.Bench.Measurement;

namespace SlmGuide.Bench.Suite;

/// <summary>A loaded and checked suite: the models in run order, the quality text and the measurement settings.</summary>
public sealed record BenchSuite(
    string SourcePath,
    IReadOnlyList<PlannedModel> Models,
    string QualityTextPath,
    SpeedParameters Speed,
    TimeSpan TimeLimit);
