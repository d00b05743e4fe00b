using SlmGuide.Data.Binding;

namespace SlmGuide.Data.Survey;

public enum TechniqueCategory
{
    [Label("量子化")]
    Quantization,

    [Label("プルーニング")]
    Pruning,

    [Label("その他")]
    Other,
}

/// <summary>導入難易度.</summary>
public enum Difficulty
{
    [Label("低")]
    Low,

    [Label("中")]
    Medium,

    [Label("高")]
    High,
}

/// <summary>One optimisation technique; its category decides which of 3.1-3.3 shows it.</summary>
public sealed record Technique : FactRow, IIdentified
{
    public required string Id { get; init; }

    [Label("種別")]
    public required TechniqueCategory Category { get; init; }

    [Label("分類")]
    public string? Class { get; init; }

    [Label("技術名")]
    public required string Name { get; init; }

    [Label("開発元")]
    public required string Developer { get; init; }

    [Label("概要")]
    public required string Summary { get; init; }

    [Label("適用範囲")]
    public required string Scope { get; init; }

    [Label("導入難易度")]
    public Difficulty? Difficulty { get; init; }

    [Label("効果")]
    public required string Effect { get; init; }
}

/// <summary>
/// 3.1 量子化の種類ごとの品質: one published measurement of one quantization type of a named model
/// against its full-precision original. Figures from different models, texts or contexts do not compare.
/// </summary>
public sealed record QuantizationQuality : FactRow
{
    [Label("モデル")]
    public required string Model { get; init; }

    [Label("種別")]
    public required string QuantType { get; init; }

    /// <summary>The precision the type is compared with (FP16, BF16).</summary>
    [Label("基準")]
    public required string Base { get; init; }

    /// <summary>Whether the quantization used an importance matrix; null when the source does not say.</summary>
    [Label("imatrix")]
    public bool? Imatrix { get; init; }

    [Label("平均KLダイバージェンス")]
    public double? KlMean { get; init; }

    [Label("最上位トークン一致率（%）")]
    public double? SameTopPercent { get; init; }

    [Label("パープレキシティ")]
    public double? Perplexity { get; init; }

    [Label("ファイルサイズ（GiB）")]
    public double? FileSizeGib { get; init; }

    [Label("評価文章")]
    public required string EvalText { get; init; }

    [Label("文脈長")]
    public int? Context { get; init; }
}

public sealed record TechniquesFile : Entry
{
    public IReadOnlyList<Technique> Techniques { get; init; } = [];

    public IReadOnlyList<QuantizationQuality> QuantizationQuality { get; init; } = [];
}
