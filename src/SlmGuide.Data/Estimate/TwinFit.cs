namespace SlmGuide.Data.Estimate;

/// <summary>
/// What the estimate takes from measurements. Speed: the share of the bandwidth ceiling generation
/// reaches, per engine and file type (a Q8_0 file streams its bytes with less arithmetic per byte
/// than a Q4_K_M one, so the two reach different shares). Memory: what peak resident memory holds
/// beyond the model's own buffers, a constant plus a share of the weight bytes; on the measured
/// engine build it grows with the weights (pages of the file read at load count as resident),
/// which a constant alone missed by up to twice the memory of a small model.
/// </summary>
public sealed class TwinFit
{
    private readonly List<(string Engine, string Type, double Efficiency)> _efficiencies;

    // The memory beyond the model's buffers: a constant (null with no memory measurement) and bytes per byte of weights.
    private readonly double? _overheadBytes;
    private readonly double _overheadPerWeightByte;

    private TwinFit(List<(string Engine, string Type, double Efficiency)> efficiencies, double? overheadBytes, double overheadPerWeightByte)
    {
        _efficiencies = efficiencies;
        _overheadBytes = overheadBytes;
        _overheadPerWeightByte = overheadPerWeightByte;
    }

    /// <summary>Fitted to every measured twin, or to all but <paramref name="excludedTwin"/> (leave-one-out).</summary>
    public static TwinFit Of(TwinMeasurements measured, string? excludedTwin = null)
    {
        ArgumentNullException.ThrowIfNull(measured);
        var efficiencies = measured.Bandwidth is not { } bandwidth
            ? []
            : measured.Speeds
                .Where(m => m.Twin.TwinOf != excludedTwin)
                .Select(m => (m.Record.Key.EngineName(), m.Record.Model.Type, TwinSpeedModel.Efficiency(m.Twin, m.Record.Model.WeightBytes, bandwidth, m.Record.GeneratedTokensPerSecond!.Mean)))
                .ToList();
        var residuals = measured.Memories
            .Where(m => m.Twin.TwinOf != excludedTwin)
            .Select(m => (Weights: (double)m.Record.Model.WeightBytes, Residual: m.Record.PeakResidentBytes!.Value - (double)TwinMemoryModel.ModelBytes(m.Twin, m.Record.Model.WeightBytes, m.Record.ContextSize!.Value)))
            .ToList();
        var (intercept, slope) = Line(residuals);
        return new TwinFit(efficiencies, intercept, slope);
    }

    /// <summary>
    /// The median share of the ceiling for this engine and type; for a type with no other measured
    /// twin, the engine's median over every type; null without measurements.
    /// </summary>
    public double? EfficiencyFor(string engine, string type) =>
        TwinEstimateValidation.Median(_efficiencies.Where(e => e.Engine == engine && e.Type == type).Select(e => e.Efficiency))
        ?? TwinEstimateValidation.Median(_efficiencies.Where(e => e.Engine == engine).Select(e => e.Efficiency));

    /// <summary>Memory beyond the model's buffers for a file of <paramref name="weightBytes"/>; never below zero, since the runtime needs some.</summary>
    public ulong? OverheadFor(ulong weightBytes) =>
        _overheadBytes is { } constant ? (ulong)Math.Max(0, constant + (_overheadPerWeightByte * weightBytes)) : null;

    // Least squares; with fewer than two distinct sizes there is no slope to fit, so only the median.
    private static (double? Intercept, double Slope) Line(List<(double Weights, double Residual)> points)
    {
        if (points.Count == 0)
        {
            return (null, 0);
        }

        var meanWeights = points.Average(p => p.Weights);
        var meanResidual = points.Average(p => p.Residual);
        var spread = points.Sum(p => (p.Weights - meanWeights) * (p.Weights - meanWeights));
        if (spread == 0)
        {
            return (TwinEstimateValidation.Median(points.Select(p => p.Residual)), 0);
        }

        var slope = points.Sum(p => (p.Weights - meanWeights) * (p.Residual - meanResidual)) / spread;
        return (meanResidual - (slope * meanWeights), slope);
    }
}
