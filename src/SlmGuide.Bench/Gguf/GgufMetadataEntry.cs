namespace SlmGuide.Bench.Gguf;

/// <summary>
/// One metadata key/value pair. <see cref="Value"/> is the CLR value of <see cref="Type"/>
/// (byte, sbyte, ushort, short, uint, int, float, bool, string, ulong, long, double) or a <see cref="GgufArray"/>.
/// </summary>
public sealed record GgufMetadataEntry(string Key, GgufValueType Type, object Value)
{
    public static GgufMetadataEntry Of(string key, string value) => new(key, GgufValueType.String, value);

    public static GgufMetadataEntry Of(string key, uint value) => new(key, GgufValueType.UInt32, value);

    public static GgufMetadataEntry Of(string key, int value) => new(key, GgufValueType.Int32, value);

    public static GgufMetadataEntry Of(string key, float value) => new(key, GgufValueType.Float32, value);

    public static GgufMetadataEntry Of(string key, bool value) => new(key, GgufValueType.Bool, value);

    public static GgufMetadataEntry Of(string key, GgufValueType elementType, IReadOnlyList<object> items) =>
        new(key, GgufValueType.Array, new GgufArray(elementType, (ulong)items.Count, items));
}
