// The members are the format's own type names; they describe file contents, not CLR types.
#pragma warning disable CA1720

namespace SlmGuide.Bench.Gguf;

/// <summary>Metadata value types of the GGUF format (<c>enum gguf_type</c> in gguf.h).</summary>
public enum GgufValueType : uint
{
    UInt8 = 0,
    Int8 = 1,
    UInt16 = 2,
    Int16 = 3,
    UInt32 = 4,
    Int32 = 5,
    Float32 = 6,
    Bool = 7,
    String = 8,
    Array = 9,
    UInt64 = 10,
    Int64 = 11,
    Float64 = 12,
}
