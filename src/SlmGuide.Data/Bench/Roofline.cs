namespace SlmGuide.Data.Bench;

/// <summary>
/// The memory-bandwidth bound on token generation: every token reads all weights once, so
/// tokens/s cannot exceed bandwidth / weight bytes. <see cref="ShareOfCeiling"/> says how close a run came.
/// </summary>
public sealed record Roofline(double BandwidthBytesPerSecond, ulong BytesPerToken, double CeilingTokensPerSecond, double ShareOfCeiling)
{
    public static Roofline? Of(double? bandwidthBytesPerSecond, ulong bytesPerToken, double? generatedTokensPerSecond)
    {
        if (bandwidthBytesPerSecond is not { } bandwidth || generatedTokensPerSecond is not { } rate || bytesPerToken == 0)
        {
            return null;
        }

        var ceiling = bandwidth / bytesPerToken;
        return new Roofline(bandwidth, bytesPerToken, ceiling, rate / ceiling);
    }
}
