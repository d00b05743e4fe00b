using System.Buffers.Binary;

using SlmGuide.Bench.Gguf;
using SlmGuide.Bench.Synthetic;

namespace SlmGuide.Bench.Tests.Gguf;

/// <summary>
/// Seeded random damage to a valid file: every one of the mutated files must either read or give
/// a <see cref="GgufFormatException"/>; any other exception fails the test.
/// </summary>
public sealed class GgufMutationTests
{
    private const int FileCount = 1_000;

    [Fact]
    public void A_thousand_randomly_damaged_files_never_escape_as_unexpected_exceptions()
    {
        var original = SampleGguf.Build();
        var random = new Xoshiro256StarStar(7);
        var folder = Directory.CreateTempSubdirectory("slmguide-gguf-mutations-");
        var path = Path.Combine(folder.FullName, "mutated.gguf");
        var rejected = 0;
        var unexpected = new List<string>();
        try
        {
            for (var i = 0; i < FileCount; i++)
            {
                File.WriteAllBytes(path, Mutate(original, random));
                try
                {
                    GgufReader.Read(path);
                }
                catch (GgufFormatException error)
                {
                    rejected++;
                    Assert.Contains(path, error.Message, StringComparison.Ordinal);
                }
                catch (Exception error) when (error is not Xunit.Sdk.XunitException)
                {
                    unexpected.Add($"file {i}: {error.GetType().Name}: {error.Message}");
                }
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        Assert.Empty(unexpected);
        Assert.InRange(rejected, FileCount / 4, FileCount);
    }

    private static byte[] Mutate(byte[] original, Xoshiro256StarStar random)
    {
        var bytes = (byte[])original.Clone();
        var headerEnd = Math.Min(bytes.Length, 4096);
        switch (random.NextUInt64() % 5)
        {
            case 0:
                for (var flips = 1 + (int)(random.NextUInt64() % 8); flips > 0; flips--)
                {
                    bytes[random.NextUInt64() % (ulong)headerEnd] ^= (byte)(1 << (int)(random.NextUInt64() % 8));
                }

                return bytes;
            case 1:
                var position = (int)(random.NextUInt64() % (ulong)(headerEnd - 8));
                ulong[] extremes = [ulong.MaxValue, 1UL << 62, 1UL << 32, 0, 65_537, (ulong)bytes.Length];
                BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(position), extremes[random.NextUInt64() % (ulong)extremes.Length]);
                return bytes;
            case 2:
                return bytes[..(int)(random.NextUInt64() % (ulong)bytes.Length)];
            case 3:
                var cut = (int)(random.NextUInt64() % (ulong)headerEnd);
                var length = 1 + (int)(random.NextUInt64() % 16);
                return [.. bytes[..cut], .. bytes[Math.Min(bytes.Length, cut + length)..]];
            default:
                var at = (int)(random.NextUInt64() % (ulong)headerEnd);
                var junk = new byte[1 + (int)(random.NextUInt64() % 16)];
                for (var j = 0; j < junk.Length; j++)
                {
                    junk[j] = (byte)random.NextUInt64();
                }

                return [.. bytes[..at], .. junk, .. bytes[at..]];
        }
    }
}
