using System.Buffers.Binary;
using SlmGuide.Bench.Gguf;
using SlmGuide.Bench.Native;
using SlmGuide.Bench.Synthetic;

namespace SlmGuide.Bench.Twins;

/// <summary>
/// Streams a twin tensor's seeded random data in F16 or Q8_0. Matrices are uniform in
/// ±1/sqrt(row length) (±1 for the embedding), so activations keep their scale through the layers;
/// norms and RoPE factors are one and biases zero. Q8_0 is written block by block as the format
/// defines it (an F16 scale, then 32 signed bytes), which spares a 4B model's 8 GB F16 file.
/// </summary>
internal static class TwinWeights
{
    private const int ChunkBytes = 1 << 16;
    private const int Q8Block = 32;

    public static GgufTensorSource Source(TwinTensor tensor, GgmlType type, Xoshiro256StarStar random) => tensor.Role switch
    {
        TwinTensorRole.Norm or TwinTensorRole.RopeFactors => new(tensor.Name, tensor.Dimensions, GgmlType.F32, stream => Floats(stream, tensor.ElementCount, () => 1.0f)),
        TwinTensorRole.Bias => new(tensor.Name, tensor.Dimensions, GgmlType.F32, stream => Floats(stream, tensor.ElementCount, () => 0.0f)),
        _ => Matrix(tensor, type, random),
    };

    private static GgufTensorSource Matrix(TwinTensor tensor, GgmlType type, Xoshiro256StarStar random)
    {
        var scale = tensor.Role is TwinTensorRole.TokenEmbedding ? 1.0f : (float)(1.0 / Math.Sqrt(tensor.RowLength));
        return type switch
        {
            GgmlType.F16 => new(tensor.Name, tensor.Dimensions, type, stream => Halves(stream, tensor.ElementCount, () => random.NextSignedUnitFloat() * scale)),
            GgmlType.Q8_0 => new(tensor.Name, tensor.Dimensions, type, stream => Q8Blocks(stream, tensor.ElementCount / Q8Block, scale, random)),
            _ => throw new ArgumentOutOfRangeException(nameof(type), $"twins are written as F16 or Q8_0, not {type}"),
        };
    }

    private static void Floats(Stream stream, ulong count, Func<float> next)
    {
        var buffer = new byte[ChunkBytes];
        for (var done = 0UL; done < count;)
        {
            var chunk = (int)Math.Min((ulong)(ChunkBytes / sizeof(float)), count - done);
            for (var i = 0; i < chunk; i++)
            {
                BinaryPrimitives.WriteSingleLittleEndian(buffer.AsSpan(i * sizeof(float)), next());
            }

            stream.Write(buffer, 0, chunk * sizeof(float));
            done += (ulong)chunk;
        }
    }

    private static void Halves(Stream stream, ulong count, Func<float> next)
    {
        var buffer = new byte[ChunkBytes];
        for (var done = 0UL; done < count;)
        {
            var chunk = (int)Math.Min((ulong)(ChunkBytes / 2), count - done);
            for (var i = 0; i < chunk; i++)
            {
                BinaryPrimitives.WriteHalfLittleEndian(buffer.AsSpan(i * 2), (Half)next());
            }

            stream.Write(buffer, 0, chunk * 2);
            done += (ulong)chunk;
        }
    }

    // One block: d = scale / 127 as F16, then 32 quants drawn uniformly from -127..127, so w = d * q spans ±scale.
    private static void Q8Blocks(Stream stream, ulong blocks, float scale, Xoshiro256StarStar random)
    {
        const int BlockBytes = 2 + Q8Block;
        var buffer = new byte[BlockBytes * 1024];
        var delta = (Half)(scale / 127.0f);
        for (var done = 0UL; done < blocks;)
        {
            var chunk = (int)Math.Min(1024UL, blocks - done);
            for (var b = 0; b < chunk; b++)
            {
                var block = buffer.AsSpan(b * BlockBytes, BlockBytes);
                BinaryPrimitives.WriteHalfLittleEndian(block, delta);
                for (var i = 0; i < Q8Block; i += 8)
                {
                    var bits = random.NextUInt64();
                    for (var j = 0; j < 8; j++)
                    {
                        // 0..254 shifted to -127..127: the value -128 never appears, as llama.cpp's own quantizer never writes it.
                        block[2 + i + j] = unchecked((byte)(sbyte)((int)((bits >> (8 * j)) & 0xFF) % 255 - 127));
                    }
                }
            }

            stream.Write(buffer, 0, chunk * BlockBytes);
            done += (ulong)chunk;
        }
    }
}
