namespace SlmGuide.Data.Bench;

/// <summary>The machine block of a results file: the provenance the site shows beside every table.</summary>
public sealed record MachineRecord
{
    public required string Fingerprint { get; init; }

    public required string CpuModel { get; init; }

    public required int LogicalCores { get; init; }

    public required long MemoryBytes { get; init; }

    public required string OperatingSystem { get; init; }

    public required string Architecture { get; init; }

    /// <summary>Best streaming-read bandwidth measured in the latest run, bytes per second.</summary>
    public double? MemoryBandwidthBytesPerSecond { get; init; }

    public string? MemoryBandwidthMeasuredUtc { get; init; }
}
