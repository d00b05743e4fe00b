using System.Buffers.Binary;
using System.Text;

using SlmGuide.Bench.Native;

namespace SlmGuide.Bench.Gguf;

/// <summary>
/// Writes GGUF version 3 files: header, metadata, tensor descriptions, then the tensor data, each
/// tensor aligned to <see cref="Alignment"/> bytes with zero padding. The output depends only on
/// the arguments, so the same model always gives the same bytes.
/// </summary>
public static class GgufWriter
{
    public const uint Alignment = 32;

    public static void Write(Stream output, IReadOnlyList<GgufMetadataEntry> metadata, IReadOnlyList<GgufTensorSource> tensors)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(tensors);

        var header = Header(metadata, tensors);
        header.WriteTo(output);
        Pad(output, (ulong)header.Length);
        foreach (var tensor in tensors)
        {
            var counter = new CountingStream(output);
            tensor.WriteData(counter);
            if ((ulong)counter.Written != tensor.ByteSize)
            {
                throw new InvalidOperationException(
                    $"Tensor '{tensor.Name}' wrote {counter.Written} bytes but its shape needs {tensor.ByteSize}.");
            }

            Pad(output, (ulong)counter.Written);
        }
    }

    /// <summary>Bytes before the first tensor's data: header, metadata and tensor descriptions, padded to the alignment.</summary>
    public static ulong HeaderBytes(IReadOnlyList<GgufMetadataEntry> metadata, IReadOnlyList<GgufTensorSource> tensors)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(tensors);
        return AlignUp((ulong)Header(metadata, tensors).Length);
    }

    private static MemoryStream Header(IReadOnlyList<GgufMetadataEntry> metadata, IReadOnlyList<GgufTensorSource> tensors)
    {
        var header = new MemoryStream();
        header.Write("GGUF"u8);
        WriteUInt32(header, 3);
        WriteUInt64(header, (ulong)tensors.Count);
        WriteUInt64(header, (ulong)metadata.Count);
        foreach (var entry in metadata)
        {
            WriteString(header, entry.Key);
            WriteUInt32(header, (uint)entry.Type);
            WriteValue(header, entry.Type, entry.Value, entry.Key);
        }

        var offset = 0UL;
        foreach (var tensor in tensors)
        {
            if (!GgmlTypeLayout.IsKnown(tensor.Type) || tensor.Dimensions.Count is 0 or > 4 ||
                tensor.Dimensions[0] % GgmlTypeLayout.BlockElements(tensor.Type) != 0)
            {
                throw new ArgumentException($"Tensor '{tensor.Name}' has a shape or type GGUF cannot hold.", nameof(tensors));
            }

            WriteString(header, tensor.Name);
            WriteUInt32(header, (uint)tensor.Dimensions.Count);
            foreach (var dimension in tensor.Dimensions)
            {
                WriteUInt64(header, dimension);
            }

            WriteUInt32(header, (uint)tensor.Type);
            WriteUInt64(header, offset);
            offset = AlignUp(offset + tensor.ByteSize);
        }

        return header;
    }

    private static ulong AlignUp(ulong value) => (value + Alignment - 1) / Alignment * Alignment;

    private static void Pad(Stream output, ulong written)
    {
        Span<byte> zeros = stackalloc byte[(int)Alignment];
        zeros.Clear();
        output.Write(zeros[..(int)(AlignUp(written) - written)]);
    }

    private static void WriteValue(Stream output, GgufValueType type, object value, string key)
    {
        switch (type, value)
        {
            case (GgufValueType.UInt8, byte v): output.WriteByte(v); break;
            case (GgufValueType.Int8, sbyte v): output.WriteByte((byte)v); break;
            case (GgufValueType.UInt16, ushort v): WriteUInt16(output, v); break;
            case (GgufValueType.Int16, short v): WriteUInt16(output, (ushort)v); break;
            case (GgufValueType.UInt32, uint v): WriteUInt32(output, v); break;
            case (GgufValueType.Int32, int v): WriteUInt32(output, (uint)v); break;
            case (GgufValueType.Float32, float v): WriteUInt32(output, BitConverter.SingleToUInt32Bits(v)); break;
            case (GgufValueType.Bool, bool v): output.WriteByte(v ? (byte)1 : (byte)0); break;
            case (GgufValueType.String, string v): WriteString(output, v); break;
            case (GgufValueType.UInt64, ulong v): WriteUInt64(output, v); break;
            case (GgufValueType.Int64, long v): WriteUInt64(output, (ulong)v); break;
            case (GgufValueType.Float64, double v): WriteUInt64(output, BitConverter.DoubleToUInt64Bits(v)); break;
            case (GgufValueType.Array, GgufArray { Items: { } items } array):
                WriteUInt32(output, (uint)array.ElementType);
                WriteUInt64(output, (ulong)items.Count);
                foreach (var item in items)
                {
                    WriteValue(output, array.ElementType, item, key);
                }

                break;
            default:
                throw new ArgumentException($"Metadata '{key}' holds a {value.GetType().Name}, which does not match its type {type}.", nameof(value));
        }
    }

    private static void WriteString(Stream output, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        WriteUInt64(output, (ulong)bytes.Length);
        output.Write(bytes);
    }

    private static void WriteUInt16(Stream output, ushort value)
    {
        Span<byte> buffer = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(buffer, value);
        output.Write(buffer);
    }

    private static void WriteUInt32(Stream output, uint value)
    {
        Span<byte> buffer = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(buffer, value);
        output.Write(buffer);
    }

    private static void WriteUInt64(Stream output, ulong value)
    {
        Span<byte> buffer = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(buffer, value);
        output.Write(buffer);
    }

    /// <summary>Passes writes through and counts them, to check each tensor wrote exactly its size.</summary>
    private sealed class CountingStream(Stream inner) : Stream
    {
        public long Written { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Written;

        public override long Position
        {
            get => Written;
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            inner.Write(buffer, offset, count);
            Written += count;
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            inner.Write(buffer);
            Written += buffer.Length;
        }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
