using SlmGuide.Bench.Native;

namespace SlmGuide.Bench.Gguf;

/// <summary>A tensor's description in the GGUF header; <see cref="Offset"/> is relative to the data section.</summary>
public sealed record GgufTensorInfo(string Name, IReadOnlyList<ulong> Dimensions, GgmlType Type, ulong Offset)
{
    public ulong ElementCount => Dimensions.Aggregate(1UL, (product, dimension) => product * dimension);

    public ulong ByteSize => GgmlTypeLayout.ByteSize(Type, ElementCount);
}
