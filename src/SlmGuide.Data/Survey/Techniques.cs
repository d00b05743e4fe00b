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

public sealed record TechniquesFile : Entry
{
    public IReadOnlyList<Technique> Techniques { get; init; } = [];
}
