using System.Buffers.Binary;
using System.Text;

using SlmGuide.Bench.Native;

namespace SlmGuide.Bench.Gguf;

/// <summary>
/// Reads the header of a GGUF file (format versions 2 and 3, little-endian) without trusting it.
/// Every count and length is checked against the bytes that remain before anything is allocated,
/// so a truncated or hostile file costs at most one pass over its header and ends in a
/// <see cref="GgufFormatException"/> that names the byte offset.
/// </summary>
public static class GgufReader
{
    /// <summary>Real files have a few dozen keys; far more means a corrupt count.</summary>
    public const ulong MaxMetadataEntries = 65_536;

    /// <summary>Large mixture-of-experts models have tens of thousands of tensors.</summary>
    public const ulong MaxTensors = 1_048_576;

    /// <summary>Keys are short; values such as chat templates stay well under this.</summary>
    public const ulong MaxStringBytes = 16 * 1024 * 1024;

    /// <summary>Arrays longer than this are counted and skipped rather than kept.</summary>
    public const ulong MaxKeptArrayItems = 4_096;

    private const int MaxArrayDepth = 4;
    private const int MaxTensorNameBytes = 64;
    private const int MaxDimensions = 4;
    private static readonly byte[] Magic = "GGUF"u8.ToArray();

    public static GgufFile Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            return Read(stream, path);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new GgufFormatException($"{path}: model file not found.", exception);
        }
    }

    /// <summary>Reads a GGUF header from a seekable stream; <paramref name="source"/> names it in errors.</summary>
    public static GgufFile Read(Stream stream, string source)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanSeek || stream.Position != 0)
        {
            throw new ArgumentException("The GGUF reader needs a seekable stream positioned at the start of the file.", nameof(stream));
        }

        var input = new Cursor(stream, source);
        input.Expect(Magic.Length, "file header");
        var magic = input.Bytes(Magic.Length);
        if (!magic.AsSpan().SequenceEqual(Magic))
        {
            throw input.Fail(0, $"wrong magic {FormatMagic(magic)}, expected \"GGUF\"");
        }

        var versionOffset = input.Position;
        var version = input.UInt32();
        if (version is not (2 or 3))
        {
            throw input.Fail(versionOffset, $"GGUF version {version} is not supported (only 2 and 3)");
        }

        var tensorCount = input.Count(MaxTensors, minimumBytesEach: 8 + 4 + 8 + 4 + 8, "tensor");
        var entryCount = input.Count(MaxMetadataEntries, minimumBytesEach: 8 + 4 + 1, "metadata entry");

        var metadata = new List<GgufMetadataEntry>((int)entryCount);
        var alignment = 32u;
        for (ulong i = 0; i < entryCount; i++)
        {
            var entry = ReadEntry(input);
            if (entry.Key == "general.alignment")
            {
                alignment = entry.Value is uint value && value != 0 && (value & (value - 1)) == 0
                    ? value
                    : throw input.Fail(input.Position, $"general.alignment must be a power of two as uint32, found {GgufFile.Describe(entry)}");
            }

            metadata.Add(entry);
        }

        var tensors = new List<GgufTensorInfo>((int)Math.Min(tensorCount, 4096));
        var names = new HashSet<string>(StringComparer.Ordinal);
        var tensorOffsets = new List<long>();
        for (ulong i = 0; i < tensorCount; i++)
        {
            tensorOffsets.Add(input.Position);
            var tensor = ReadTensorInfo(input, alignment);
            if (!names.Add(tensor.Name))
            {
                throw input.Fail(tensorOffsets[^1], $"tensor name '{tensor.Name}' appears twice");
            }

            tensors.Add(tensor);
        }

        var dataOffset = AlignUp(input.Position, alignment);
        var dataBytes = input.Length - dataOffset;
        for (var i = 0; i < tensors.Count; i++)
        {
            var tensor = tensors[i];
            var end = tensor.Offset + tensor.ByteSize;
            if (dataBytes < 0 || end < tensor.Offset || end > (ulong)dataBytes)
            {
                throw input.Fail(
                    tensorOffsets[i],
                    $"tensor '{tensor.Name}' needs bytes {tensor.Offset}..{end} of the data section, which starts at byte {dataOffset} " +
                    $"and holds {Math.Max(dataBytes, 0)} bytes (the file is truncated or the offset is wrong)");
            }
        }

        return new GgufFile(version, metadata, tensors, alignment, dataOffset);
    }

    private static GgufMetadataEntry ReadEntry(Cursor input)
    {
        var key = input.String("metadata key", 65_535);
        if (key.Length == 0)
        {
            throw input.Fail(input.Position, "empty metadata key");
        }

        var typeOffset = input.Position;
        var type = ValueType(input, input.UInt32(), typeOffset, key);
        return new GgufMetadataEntry(key, type, ReadValue(input, type, key, depth: 0));
    }

    private static GgufValueType ValueType(Cursor input, uint raw, long offset, string key) =>
        raw <= (uint)GgufValueType.Float64
            ? (GgufValueType)raw
            : throw input.Fail(offset, $"metadata '{key}' has unknown value type {raw}");

    private static object ReadValue(Cursor input, GgufValueType type, string key, int depth) => type switch
    {
        GgufValueType.UInt8 => input.Byte(),
        GgufValueType.Int8 => (sbyte)input.Byte(),
        GgufValueType.UInt16 => input.UInt16(),
        GgufValueType.Int16 => (short)input.UInt16(),
        GgufValueType.UInt32 => input.UInt32(),
        GgufValueType.Int32 => (int)input.UInt32(),
        GgufValueType.Float32 => BitConverter.UInt32BitsToSingle(input.UInt32()),
        GgufValueType.Bool => ReadBool(input, key),
        GgufValueType.String => input.String($"value of '{key}'", MaxStringBytes),
        GgufValueType.UInt64 => input.UInt64(),
        GgufValueType.Int64 => (long)input.UInt64(),
        GgufValueType.Float64 => BitConverter.UInt64BitsToDouble(input.UInt64()),
        GgufValueType.Array => ReadArray(input, key, depth),
        _ => throw input.Fail(input.Position, $"metadata '{key}' has unknown value type {(uint)type}"),
    };

    private static bool ReadBool(Cursor input, string key)
    {
        var offset = input.Position;
        return input.Byte() switch
        {
            0 => false,
            1 => true,
            var other => throw input.Fail(offset, $"metadata '{key}' is a bool with value {other} (must be 0 or 1)"),
        };
    }

    private static GgufArray ReadArray(Cursor input, string key, int depth)
    {
        if (depth >= MaxArrayDepth)
        {
            throw input.Fail(input.Position, $"metadata '{key}' nests arrays deeper than {MaxArrayDepth}");
        }

        var typeOffset = input.Position;
        var elementType = ValueType(input, input.UInt32(), typeOffset, key);
        var count = input.Count(ulong.MaxValue, MinimumBytes(elementType), $"array '{key}'");
        var keep = count <= MaxKeptArrayItems;
        var items = keep ? new List<object>((int)count) : null;
        for (ulong i = 0; i < count; i++)
        {
            if (keep || elementType is GgufValueType.String or GgufValueType.Array)
            {
                var item = ReadValue(input, elementType, key, depth + 1);
                items?.Add(item);
            }
            else
            {
                // Fixed-size elements that are not kept are skipped in one step.
                input.Skip(checked((long)(count - i) * MinimumBytes(elementType)), $"elements of '{key}'");
                break;
            }
        }

        return new GgufArray(elementType, count, items);
    }

    private static uint MinimumBytes(GgufValueType type) => type switch
    {
        GgufValueType.UInt8 or GgufValueType.Int8 or GgufValueType.Bool => 1,
        GgufValueType.UInt16 or GgufValueType.Int16 => 2,
        GgufValueType.UInt32 or GgufValueType.Int32 or GgufValueType.Float32 => 4,
        GgufValueType.UInt64 or GgufValueType.Int64 or GgufValueType.Float64 or GgufValueType.String => 8,
        _ => 12,
    };

    private static GgufTensorInfo ReadTensorInfo(Cursor input, uint alignment)
    {
        var name = input.String("tensor name", MaxTensorNameBytes);
        var dimensionOffset = input.Position;
        var dimensionCount = input.UInt32();
        if (dimensionCount is 0 or > MaxDimensions)
        {
            throw input.Fail(dimensionOffset, $"tensor '{name}' has {dimensionCount} dimensions (1 to {MaxDimensions} allowed)");
        }

        var dimensions = new ulong[dimensionCount];
        var elements = 1UL;
        for (var d = 0; d < dimensionCount; d++)
        {
            var offset = input.Position;
            dimensions[d] = input.UInt64();
            if (dimensions[d] == 0 || dimensions[d] > long.MaxValue || elements > long.MaxValue / dimensions[d])
            {
                throw input.Fail(offset, $"tensor '{name}' has an impossible shape [{string.Join(", ", dimensions[..(d + 1)])}]");
            }

            elements *= dimensions[d];
        }

        var typeOffset = input.Position;
        var rawType = input.UInt32();
        var type = (GgmlType)rawType;
        if (!GgmlTypeLayout.IsKnown(type))
        {
            throw input.Fail(typeOffset, $"tensor '{name}' has unknown type {rawType}");
        }

        if (dimensions[0] % GgmlTypeLayout.BlockElements(type) != 0)
        {
            throw input.Fail(typeOffset, $"tensor '{name}' of type {GgmlTypeLayout.Name(type)} has rows of {dimensions[0]} elements, not a whole number of blocks");
        }

        // Checked before any size is multiplied out, so a huge shape cannot overflow the arithmetic.
        if (elements / GgmlTypeLayout.BlockElements(type) > (ulong)input.Length / GgmlTypeLayout.BlockBytes(type))
        {
            throw input.Fail(dimensionOffset, $"tensor '{name}' of shape [{string.Join(", ", dimensions)}] is larger than the whole file ({input.Length} bytes)");
        }

        var dataOffsetPosition = input.Position;
        var dataOffset = input.UInt64();
        if (dataOffset % alignment != 0)
        {
            throw input.Fail(dataOffsetPosition, $"tensor '{name}' starts at data offset {dataOffset}, which is not a multiple of the alignment {alignment}");
        }

        return new GgufTensorInfo(name, dimensions, type, dataOffset);
    }

    private static long AlignUp(long value, uint alignment) => (value + alignment - 1) / alignment * alignment;

    private static string FormatMagic(byte[] magic) =>
        "\"" + string.Concat(magic.Select(b => b is >= 0x20 and < 0x7f ? ((char)b).ToString() : $"\\x{b:x2}")) + "\"";

    /// <summary>Reads little-endian values and knows how many bytes remain.</summary>
    private sealed class Cursor(Stream stream, string source)
    {
        private readonly byte[] _scratch = new byte[8];

        public long Length { get; } = stream.Length;

        public long Position { get; private set; }

        private long Remaining => Length - Position;

        public GgufFormatException Fail(long offset, string problem) => new(source, offset, problem);

        public void Expect(long bytes, string what)
        {
            if (bytes > Remaining)
            {
                throw Fail(Position, $"the file ends after {Length} bytes, in the middle of the {what} (needs {bytes} more bytes, {Remaining} left)");
            }
        }

        public byte[] Bytes(int count)
        {
            Expect(count, "data");
            var buffer = new byte[count];
            stream.ReadExactly(buffer);
            Position += count;
            return buffer;
        }

        public byte Byte() => Fixed(1, "value")[0];

        public ushort UInt16() => BinaryPrimitives.ReadUInt16LittleEndian(Fixed(2, "value"));

        public uint UInt32() => BinaryPrimitives.ReadUInt32LittleEndian(Fixed(4, "value"));

        public ulong UInt64() => BinaryPrimitives.ReadUInt64LittleEndian(Fixed(8, "value"));

        /// <summary>Reads a count and rejects it if even the smallest items could not fit in the rest of the file.</summary>
        public ulong Count(ulong limit, uint minimumBytesEach, string what)
        {
            var offset = Position;
            var count = UInt64();
            if (count > limit)
            {
                throw Fail(offset, $"{what} count is {count}, more than the {limit} this reader accepts");
            }

            if (count > (ulong)Remaining / minimumBytesEach)
            {
                throw Fail(offset, $"{what} count is {count}, but the file ends after {Length} bytes ({Remaining} left, each needs at least {minimumBytesEach})");
            }

            return count;
        }

        public string String(string what, ulong limit)
        {
            var offset = Position;
            var length = UInt64();
            if (length > limit)
            {
                throw Fail(offset, $"{what} claims {length} bytes, more than the {limit} allowed");
            }

            if (length > (ulong)Remaining)
            {
                throw Fail(offset, $"{what} claims {length} bytes, but the file ends after {Length} bytes ({Remaining} left)");
            }

            var bytes = Bytes((int)length);
            try
            {
                return Strict.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                throw Fail(offset, $"{what} is not valid UTF-8");
            }
        }

        public void Skip(long bytes, string what)
        {
            Expect(bytes, what);
            stream.Seek(bytes, SeekOrigin.Current);
            Position += bytes;
        }

        private Span<byte> Fixed(int count, string what)
        {
            Expect(count, what);
            var span = _scratch.AsSpan(0, count);
            stream.ReadExactly(span);
            Position += count;
            return span;
        }
    }

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
}
