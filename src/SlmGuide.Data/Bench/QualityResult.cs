namespace SlmGuide.Data.Bench;

/// <summary>
/// How closely a model's next-token distributions follow its reference over the quality text.
/// The divergence fields are null when the model was measured without a reference.
/// </summary>
/// <param name="Positions">Positions whose next-token distribution was compared.</param>
/// <param name="Perplexity">exp of the mean negative log-likelihood of the text's next tokens under this model.</param>
/// <param name="ReferencePerplexity">The same for the reference model.</param>
/// <param name="KlMean">Mean KL(reference ‖ model) in nats per position.</param>
/// <param name="KlP99">99th percentile (nearest rank) of the per-position KL.</param>
/// <param name="KlMax">Largest per-position KL.</param>
/// <param name="TopTokenAgreementPercent">Share of positions where both models rank the same token first.</param>
public sealed record QualityResult(
    int Positions,
    double Perplexity,
    double? ReferencePerplexity,
    double? KlMean,
    double? KlP99,
    double? KlMax,
    double? TopTokenAgreementPercent);
