using System.Diagnostics;
using System.Numerics;
using System.Runtime.InteropServices;

namespace SlmGuide.Bench.Measurement;

/// <summary>
/// Measures how fast this machine streams memory into the CPU: every thread sums its share of a
/// buffer far larger than any cache, and the best of several passes counts. Token generation reads
/// every weight once per token, so bandwidth / bytes-per-token bounds its rate (the roofline).
/// </summary>
public static class MemoryBandwidth
{
    /// <summary>Bytes per second read by the fastest pass.</summary>
    public static double MeasureBytesPerSecond(long bufferBytes = 512L << 20, int passes = 5, int threads = 0)
    {
        var threadCount = threads > 0 ? threads : Environment.ProcessorCount;
        var elementCount = bufferBytes / sizeof(long);
        var buffer = new long[elementCount];

        // Touch every page first so the passes measure reading, not the kernel handing out pages.
        for (long i = 0; i < buffer.LongLength; i += 512)
        {
            buffer[i] = i;
        }

        var best = 0.0;
        long checksum = 0;
        for (var pass = 0; pass < passes; pass++)
        {
            var sums = new long[threadCount];
            var started = Stopwatch.GetTimestamp();
            Parallel.For(0, threadCount, new ParallelOptions { MaxDegreeOfParallelism = threadCount }, part =>
            {
                var share = elementCount / threadCount;
                var start = part * share;
                var length = part == threadCount - 1 ? elementCount - start : share;
                sums[part] = Sum(buffer.AsSpan((int)start, (int)length));
            });
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            checksum += sums.Sum();
            best = Math.Max(best, buffer.LongLength * sizeof(long) / seconds);
        }

        // Using the checksum keeps the compiler from proving the sums unused.
        GC.KeepAlive(checksum);
        return best;
    }

    private static long Sum(ReadOnlySpan<long> values)
    {
        var vectors = MemoryMarshal.Cast<long, Vector<long>>(values);
        var accumulator0 = Vector<long>.Zero;
        var accumulator1 = Vector<long>.Zero;
        var i = 0;
        for (; i + 1 < vectors.Length; i += 2)
        {
            accumulator0 += vectors[i];
            accumulator1 += vectors[i + 1];
        }

        if (i < vectors.Length)
        {
            accumulator0 += vectors[i];
        }

        var total = Vector.Sum(accumulator0 + accumulator1);
        for (var j = vectors.Length * Vector<long>.Count; j < values.Length; j++)
        {
            total += values[j];
        }

        return total;
    }
}
