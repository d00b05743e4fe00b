using SlmGuide.Bench.Measurement;
using SlmGuide.Data.Bench;

namespace SlmGuide.Bench.Worker;

/// <summary>Everything a worker measured for one job; the last line it prints.</summary>
public sealed record WorkerReport
{
    public required string EngineVersion { get; init; }

    public required string ModelDescription { get; init; }

    public required string FileType { get; init; }

    public required ulong ParameterCount { get; init; }

    /// <summary>Bytes of the weights as llama.cpp holds them; the bytes one generated token reads.</summary>
    public required ulong WeightBytes { get; init; }

    public required int Threads { get; init; }

    public required double LoadSeconds { get; init; }

    public required SpeedResult Speed { get; init; }

    public QualityResult? Quality { get; init; }

    /// <summary>VmHWM of the worker process after all measurements.</summary>
    public long? PeakResidentBytes { get; init; }
}
