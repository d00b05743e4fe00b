using SlmGuide.Data.Binding;

namespace SlmGuide.Data.Estimate;

/// <summary>Whether a model's estimated memory leaves the rest of the device room to work.</summary>
public enum FitVerdict
{
    [Label("収まる")]
    Fits,

    [Label("ぎりぎり")]
    Tight,

    [Label("収まらない")]
    DoesNotFit,
}

/// <summary>
/// The site's rule for 「このデバイスで動くか」. The operating system and other programs keep part of
/// the memory, and phones end an app that takes much more than half (iOS at about 50-67 %, 4.1),
/// so a model fits when it needs at most half the memory, is tight up to three quarters, and does
/// not fit beyond that.
/// </summary>
public static class DeviceFit
{
    /// <summary>The context the page compares at: long enough for a chat turn with a document.</summary>
    public const int Context = 4096;

    public const double FitsShare = 0.5;

    public const double TightShare = 0.75;

    /// <summary>A device's memory in bytes: memory is sold in binary sizes, so 8 GB is 8 × 2^30 bytes.</summary>
    public static double MemoryBytes(int gigabytes) => gigabytes * (double)(1L << 30);

    public static FitVerdict Verdict(double modelBytes, int memoryGigabytes)
    {
        var share = modelBytes / MemoryBytes(memoryGigabytes);
        return share <= FitsShare ? FitVerdict.Fits : share <= TightShare ? FitVerdict.Tight : FitVerdict.DoesNotFit;
    }
}
