namespace SlmGuide.Data.Estimate;

/// <summary>
/// The two constants the estimate takes from measurements: the share of the bandwidth ceiling that
/// generation reaches, and the runtime's own memory. Medians, so one odd run does not move them.
/// </summary>
public sealed record TwinFit(double? Efficiency, ulong? OverheadBytes)
{
    /// <summary>Fitted to every measured twin, or to all but <paramref name="excludedTwin"/> (leave-one-out).</summary>
    public static TwinFit Of(TwinMeasurements measured, string? excludedTwin = null)
    {
        ArgumentNullException.ThrowIfNull(measured);
        var efficiency = measured.Bandwidth is not { } bandwidth ? null : TwinEstimateValidation.Median(measured.Speeds
            .Where(m => m.Twin.TwinOf != excludedTwin)
            .Select(m => TwinSpeedModel.Efficiency(m.Twin, m.Record.Model.WeightBytes, bandwidth, m.Record.GeneratedTokensPerSecond!.Mean)));
        var overhead = TwinEstimateValidation.Median(measured.Memories
            .Where(m => m.Twin.TwinOf != excludedTwin)
            .Select(m => m.Record.PeakResidentBytes!.Value - (double)TwinMemoryModel.ModelBytes(m.Twin, m.Record.Model.WeightBytes, m.Record.ContextSize!.Value)));

        // A model larger than its estimate leaves no room for a negative overhead; the runtime needs some memory.
        return new TwinFit(efficiency, overhead is { } o ? (ulong)Math.Max(0, o) : null);
    }
}
