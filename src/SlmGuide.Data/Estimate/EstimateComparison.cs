namespace SlmGuide.Data.Estimate;

/// <summary>One measured figure of a twin beside its estimate; <see cref="Estimated"/> is null when nothing could be fitted without the twin itself.</summary>
public sealed record EstimateComparison(string Model, string Type, string Figure, double Measured, double? Estimated)
{
    /// <summary>(estimate − measurement) ÷ measurement.</summary>
    public double? RelativeError => Estimated is { } estimate ? (estimate - Measured) / Measured : null;
}
