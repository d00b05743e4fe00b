using SlmGuide.Data.Bench;

namespace SlmGuide.Bench.Suite;

/// <summary>The end of one job (one model with one engine): its record (measured or cached) or why it failed.</summary>
public sealed record JobResult(string ModelId, JobStatus Status, BenchRecord? Record, string? FailureReason)
{
    /// <summary>The engine's display name, for example <c>LLamaSharp</c>.</summary>
    public string Engine { get; init; } = Bench.Engine.BenchEngine.LlamaCpp.DisplayName;

    /// <summary>How progress names the job: the model id, with the engine when the run has more than one.</summary>
    public string Label { get; init; } = ModelId;
}
