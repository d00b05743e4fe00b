using SlmGuide.Data.Binding;

namespace SlmGuide.Data.Survey;

/// <summary>公開/商用: whether weights are published and whether commercial use is allowed.</summary>
public enum Availability
{
    [Label("公開・商用可")]
    OpenCommercial,

    [Label("公開・条件付き")]
    OpenConditional,

    [Label("公開・非商用")]
    OpenNonCommercial,

    [Label("非公開")]
    Closed,
}

/// <summary>日本語対応, as the developer states it.</summary>
public enum JapaneseSupport
{
    [Label("日本語特化")]
    Specialized,

    [Label("公式対応")]
    Official,

    [Label("限定的")]
    Limited,

    [Label("非対応")]
    None,
}

/// <summary>A model, listed once; the Japanese and domain tables and the cases point at it.</summary>
public sealed record Model : FactRow, IIdentified
{
    public required string Id { get; init; }

    [Label("モデル名")]
    public required string Name { get; init; }

    [Label("開発元")]
    public required string Developer { get; init; }

    [Label("パラメータ数（10億）")]
    public required double ParametersBillion { get; init; }

    [Label("サイズ")]
    public string? SizeLabel { get; init; }

    [Label("コンテキスト長")]
    public int? ContextLength { get; init; }

    [Label("公開日")]
    public DateOnly? Released { get; init; }

    [Label("特徴")]
    public required string Features { get; init; }

    [Label("公開/商用")]
    public Availability? Availability { get; init; }

    [Label("ライセンス")]
    public string? License { get; init; }

    [Label("日本語対応")]
    public JapaneseSupport? Japanese { get; init; }

    [Label("URL")]
    public Uri? Url { get; init; }

    [Label("モデルカード")]
    public Uri? ModelCard { get; init; }

    /// <summary>Only a GGUF the developer publishes itself; community conversions are not listed.</summary>
    [Label("公式GGUF")]
    public Uri? Gguf { get; init; }

    /// <summary>The article's larger picks stay in the table but are marked as beyond the 7B scope.</summary>
    public bool IsAboveSevenBillion => ParametersBillion > 7.5;
}

/// <summary>2.2 日本語対応SLMの詳細評価.</summary>
public sealed record JapaneseEvaluation : FactRow
{
    [Label("モデル")]
    public required Ref<Model> Model { get; init; }

    [Label("日本語性能")]
    public required string Performance { get; init; }

    [Label("対応タスク")]
    public required string Tasks { get; init; }

    [Label("特記事項")]
    public string? Notes { get; init; }

    [Label("スコア")]
    public IReadOnlyList<BenchmarkScore> Scores { get; init; } = [];
}

/// <summary>
/// One published Japanese benchmark figure, kept as a number so tables can sort on it. The judge and
/// setting travel with it because figures from different judges or measurers are not comparable.
/// </summary>
public sealed record BenchmarkScore : Entry
{
    [Label("ベンチマーク")]
    public required string Benchmark { get; init; }

    [Label("スコア")]
    public required double Score { get; init; }

    [Label("採点者・設定")]
    public string? Setting { get; init; }

    [Label("測定者")]
    public string? MeasuredBy { get; init; }

    [Label("情報源")]
    public required Ref<Source> Source { get; init; }
}

/// <summary>2.3 ドメイン特化型SLM.</summary>
public sealed record DomainModel : FactRow
{
    [Label("モデル")]
    public required Ref<Model> Model { get; init; }

    [Label("特化領域")]
    public required string Domain { get; init; }

    [Label("成果/利点")]
    public required string Benefits { get; init; }
}

public sealed record ModelsFile : Entry
{
    public IReadOnlyList<Model> Models { get; init; } = [];

    public IReadOnlyList<JapaneseEvaluation> JapaneseEvaluations { get; init; } = [];

    public IReadOnlyList<DomainModel> DomainModels { get; init; } = [];
}
