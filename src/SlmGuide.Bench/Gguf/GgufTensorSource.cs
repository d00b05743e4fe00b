using SlmGuide.Bench.Native;

namespace SlmGuide.Bench.Gguf;

/// <summary>
/// A tensor to write: its header description and a callback that streams exactly its bytes, so
/// a model of hundreds of megabytes never has to sit in memory at once.
/// </summary>
public sealed record GgufTensorSource(string Name, IReadOnlyList<ulong> Dimensions, GgmlType Type, Action<Stream> WriteData)
{
    public ulong ByteSize => GgmlTypeLayout.ByteSize(Type, Dimensions.Aggregate(1UL, (product, dimension) => product * dimension));
}
