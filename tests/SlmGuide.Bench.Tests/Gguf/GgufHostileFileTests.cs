using System.Buffers.Binary;

using SlmGuide.Bench.Gguf;

namespace SlmGuide.Bench.Tests.Gguf;

/// <summary>Each kind of damage a model file can have gives its own clear error at the right byte.</summary>
public sealed class GgufHostileFileTests
{
    private const int VersionOffset = 4;
    private const int TensorCountOffset = 8;
    private const int EntryCountOffset = 16;
    private const int FirstKeyLengthOffset = 24;

    [Fact]
    public void A_wrong_magic_is_reported_at_byte_zero()
    {
        var bytes = SampleGguf.Build();
        "GGML"u8.CopyTo(bytes);

        var error = Read(bytes);

        Assert.Equal(0, error.Offset);
        Assert.Contains("wrong magic \"GGML\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unsupported_version_is_reported()
    {
        var bytes = SampleGguf.Build();
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(VersionOffset), 1);

        var error = Read(bytes);

        Assert.Equal(VersionOffset, error.Offset);
        Assert.Contains("version 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_header_is_reported_where_it_ends()
    {
        var bytes = SampleGguf.Build()[..200];

        var error = Read(bytes);

        Assert.InRange(error.Offset, FirstKeyLengthOffset, 200);
        Assert.Contains("ends after 200 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_absurd_metadata_count_is_refused_before_anything_is_allocated()
    {
        var bytes = SampleGguf.Build();
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(EntryCountOffset), ulong.MaxValue / 3);

        var error = Read(bytes);

        Assert.Equal(EntryCountOffset, error.Offset);
        Assert.Contains($"metadata entry count is {ulong.MaxValue / 3}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tensor_count_larger_than_the_file_could_hold_is_refused()
    {
        var bytes = SampleGguf.Build();
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(TensorCountOffset), 100_000);

        var error = Read(bytes);

        Assert.Equal(TensorCountOffset, error.Offset);
        Assert.Contains("tensor count is 100000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_absurd_string_length_is_refused()
    {
        var bytes = SampleGguf.Build();
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(FirstKeyLengthOffset), 1UL << 40);

        var error = Read(bytes);

        Assert.Equal(FirstKeyLengthOffset, error.Offset);
        Assert.Contains("metadata key claims 1099511627776 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tensor_whose_data_lies_past_the_end_is_refused()
    {
        var whole = SampleGguf.Build();
        var bytes = whole[..^20];

        var error = Read(bytes);

        Assert.Contains("tensor 'output_norm.weight' needs bytes", error.Message, StringComparison.Ordinal);
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tensor_shape_larger_than_the_file_is_refused_without_overflow()
    {
        var bytes = SampleGguf.Build();
        var name = "token_embd.weight"u8;
        var dimensionCountOffset = bytes.AsSpan().IndexOf(name) + name.Length;
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(dimensionCountOffset + 4), 1UL << 31);
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(dimensionCountOffset + 12), 1UL << 31);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(dimensionCountOffset + 20), 28);

        var error = Read(bytes);

        Assert.Equal(dimensionCountOffset, error.Offset);
        Assert.Contains("is larger than the whole file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_value_type_is_refused()
    {
        var bytes = SampleGguf.Build();
        var keyLength = (int)BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(FirstKeyLengthOffset));
        var typeOffset = FirstKeyLengthOffset + 8 + keyLength;
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(typeOffset), 99);

        var error = Read(bytes);

        Assert.Equal(typeOffset, error.Offset);
        Assert.Contains("unknown value type 99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var path = Path.Combine(Path.GetTempPath(), $"slmguide-missing-{Guid.NewGuid():N}.gguf");

        var error = Assert.Throws<GgufFormatException>(() => GgufReader.Read(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    private static GgufFormatException Read(byte[] bytes)
    {
        var error = Assert.Throws<GgufFormatException>(() => GgufReader.Read(new MemoryStream(bytes), "damaged.gguf"));
        Assert.StartsWith($"damaged.gguf: byte {error.Offset}: ", error.Message, StringComparison.Ordinal);
        return error;
    }
}
