using System.Globalization;

using SlmGuide.Bench.Native;

namespace SlmGuide.Bench.Gguf;

/// <summary>The header of a GGUF file: metadata, tensor descriptions and where the tensor data starts.</summary>
public sealed class GgufFile(
    uint version,
    IReadOnlyList<GgufMetadataEntry> metadata,
    IReadOnlyList<GgufTensorInfo> tensors,
    uint alignment,
    long dataOffset)
{
    private readonly Dictionary<string, GgufMetadataEntry> _byKey = metadata
        .GroupBy(entry => entry.Key, StringComparer.Ordinal)
        .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);

    public uint Version { get; } = version;

    public IReadOnlyList<GgufMetadataEntry> Metadata { get; } = metadata;

    public IReadOnlyList<GgufTensorInfo> Tensors { get; } = tensors;

    public uint Alignment { get; } = alignment;

    /// <summary>Byte offset of the tensor data section from the start of the file.</summary>
    public long DataOffset { get; } = dataOffset;

    public string? Architecture => GetString("general.architecture");

    public string? Name => GetString("general.name");

    public string? TokenizerModel => GetString("tokenizer.ggml.model");

    /// <summary>Trained context length (<c>&lt;architecture&gt;.context_length</c>).</summary>
    public ulong? ContextLength => Architecture is { } architecture ? GetUnsigned($"{architecture}.context_length") : null;

    /// <summary>Tokens in the vocabulary: the length of <c>tokenizer.ggml.tokens</c>, else <c>&lt;architecture&gt;.vocab_size</c>.</summary>
    public ulong? VocabularySize =>
        Find("tokenizer.ggml.tokens")?.Value is GgufArray tokens ? tokens.Count
        : Architecture is { } architecture ? GetUnsigned($"{architecture}.vocab_size") : null;

    /// <summary>Parameters counted from the tensor shapes (every element of every tensor).</summary>
    public ulong ParameterCount => Tensors.Aggregate(0UL, (sum, tensor) => sum + tensor.ElementCount);

    /// <summary>How many tensors of each type the file holds, most common first.</summary>
    public IReadOnlyList<KeyValuePair<GgmlType, int>> TensorTypeCounts => [.. Tensors
        .GroupBy(tensor => tensor.Type)
        .Select(group => KeyValuePair.Create(group.Key, group.Count()))
        .OrderByDescending(pair => pair.Value)
        .ThenBy(pair => pair.Key)];

    public GgufMetadataEntry? Find(string key) => _byKey.GetValueOrDefault(key);

    public string? GetString(string key) => Find(key)?.Value as string;

    /// <summary>An unsigned integer value of any integer type; null when absent, negative or not an integer.</summary>
    public ulong? GetUnsigned(string key) => Find(key)?.Value switch
    {
        byte value => value,
        ushort value => value,
        uint value => value,
        ulong value => value,
        sbyte value when value >= 0 => (ulong)value,
        short value when value >= 0 => (ulong)value,
        int value when value >= 0 => (ulong)value,
        long value when value >= 0 => (ulong)value,
        _ => null,
    };

    /// <summary>A value rendered for people (arrays as their element type and length).</summary>
    public static string Describe(GgufMetadataEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Value switch
        {
            GgufArray array => $"[{array.ElementType} × {array.Count.ToString(CultureInfo.InvariantCulture)}]",
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            var other => other.ToString() ?? string.Empty,
        };
    }
}
