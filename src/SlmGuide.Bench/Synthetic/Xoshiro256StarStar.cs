namespace SlmGuide.Bench.Synthetic;

/// <summary>
/// xoshiro256** seeded through SplitMix64 (Blackman and Vigna). Our own implementation, because
/// synthetic weights must be bit-identical on every machine and every .NET version, which
/// System.Random does not promise.
/// </summary>
public sealed class Xoshiro256StarStar
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public Xoshiro256StarStar(ulong seed)
    {
        var state = seed;
        _s0 = SplitMix64(ref state);
        _s1 = SplitMix64(ref state);
        _s2 = SplitMix64(ref state);
        _s3 = SplitMix64(ref state);
    }

    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>
    /// A float uniformly spread over [-1, 1) in steps of 2^-23. Built from 24 random bits with
    /// exact float arithmetic only, so the result cannot differ between platforms.
    /// </summary>
    public float NextSignedUnitFloat() => ((float)(NextUInt64() >> 40) * (1.0f / 8_388_608.0f)) - 1.0f;

    private static ulong SplitMix64(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
