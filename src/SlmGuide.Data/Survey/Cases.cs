using SlmGuide.Data.Binding;

namespace SlmGuide.Data.Survey;

public enum Industry
{
    [Label("製造業")]
    Manufacturing,

    [Label("小売業")]
    Retail,

    [Label("金融業")]
    Finance,

    [Label("医療・ヘルスケア")]
    Healthcare,

    [Label("その他業種")]
    Other,
}

/// <summary>5.x 導入事例: a public case naming the company; the industry picks its table.</summary>
public sealed record AdoptionCase : FactRow, IIdentified
{
    public required string Id { get; init; }

    [Label("業種")]
    public required Industry Industry { get; init; }

    [Label("企業名/業種")]
    public required string Company { get; init; }

    [Label("導入モデル")]
    public IReadOnlyList<Ref<Model>> Models { get; init; } = [];

    [Label("導入モデル（補足）")]
    public string? ModelNote { get; init; }

    [Label("用途")]
    public required string Use { get; init; }

    [Label("導入規模")]
    public string? Scale { get; init; }

    [Label("効果")]
    public string? Effect { get; init; }

    [Label("課題と解決策")]
    public string? Challenges { get; init; }
}

public sealed record CasesFile : Entry
{
    public IReadOnlyList<AdoptionCase> Cases { get; init; } = [];
}
