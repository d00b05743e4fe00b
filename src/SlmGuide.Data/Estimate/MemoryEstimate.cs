namespace SlmGuide.Data.Estimate;

/// <summary>The parts of a model's resident memory at one context size, in bytes.</summary>
public sealed record MemoryEstimate(ulong WeightBytes, ulong KeyValueBytes, ulong ComputeBytes, ulong OverheadBytes)
{
    public ulong TotalBytes => WeightBytes + KeyValueBytes + ComputeBytes + OverheadBytes;
}
