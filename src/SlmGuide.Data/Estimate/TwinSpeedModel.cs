using SlmGuide.Data.Twins;

namespace SlmGuide.Data.Estimate;

/// <summary>
/// Token generation reads every weight once per token, plus the KV cache so far: its speed is at most
/// memory bandwidth ÷ those bytes. Real runs reach a share of that ceiling, the efficiency, which is
/// fitted to measured twins; the estimate is efficiency × bandwidth ÷ bytes per token.
/// </summary>
public static class TwinSpeedModel
{
    /// <summary>Bytes one generated token reads, at the middle of a tg run of <paramref name="generated"/> tokens.</summary>
    public static ulong BytesPerToken(TwinArchitecture architecture, ulong weightBytes, int generated = 128)
    {
        ArgumentNullException.ThrowIfNull(architecture);
        var keyValuePerCell = 2UL * (ulong)architecture.KeyValueLength * 2 * (ulong)architecture.LayerCount;
        return weightBytes + (keyValuePerCell * (ulong)(generated / 2));
    }

    public static double TokensPerSecond(TwinArchitecture architecture, ulong weightBytes, double bandwidthBytesPerSecond, double efficiency) =>
        efficiency * bandwidthBytesPerSecond / BytesPerToken(architecture, weightBytes);

    /// <summary>The share of the bandwidth ceiling one measured run reached.</summary>
    public static double Efficiency(TwinArchitecture architecture, ulong weightBytes, double bandwidthBytesPerSecond, double measuredTokensPerSecond) =>
        measuredTokensPerSecond * BytesPerToken(architecture, weightBytes) / bandwidthBytesPerSecond;
}
