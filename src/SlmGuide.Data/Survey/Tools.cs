using SlmGuide.Data.Binding;

namespace SlmGuide.Data.Survey;

/// <summary>成熟度.</summary>
public enum Maturity
{
    [Label("安定")]
    Stable,

    [Label("成長中")]
    Growing,

    [Label("実験的")]
    Experimental,
}

/// <summary>日本語対応 of an evaluation tool: does it ship Japanese tasks or data.</summary>
public enum EvaluationLanguageSupport
{
    [Label("対応")]
    Supported,

    [Label("一部対応")]
    Partial,

    [Label("非対応")]
    None,
}

/// <summary>7.1 開発・デプロイメントツール.</summary>
public sealed record DevTool : FactRow, IIdentified
{
    public required string Id { get; init; }

    [Label("ツール名")]
    public required string Name { get; init; }

    [Label("開発元")]
    public required string Developer { get; init; }

    [Label("主な機能")]
    public required string Features { get; init; }

    [Label("対応モデル")]
    public string? SupportedModels { get; init; }

    [Label("成熟度")]
    public Maturity? Maturity { get; init; }

    [Label("URL")]
    public Uri? Url { get; init; }
}

/// <summary>7.2 評価・ベンチマークツール.</summary>
public sealed record EvalTool : FactRow, IIdentified
{
    public required string Id { get; init; }

    [Label("ツール名")]
    public required string Name { get; init; }

    [Label("開発元")]
    public required string Developer { get; init; }

    [Label("評価指標")]
    public required string Metrics { get; init; }

    [Label("日本語対応")]
    public EvaluationLanguageSupport? Japanese { get; init; }

    [Label("特記事項")]
    public string? Notes { get; init; }

    [Label("URL")]
    public Uri? Url { get; init; }
}

public sealed record ToolsFile : Entry
{
    public IReadOnlyList<DevTool> DevTools { get; init; } = [];

    public IReadOnlyList<EvalTool> EvalTools { get; init; } = [];
}
