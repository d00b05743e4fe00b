using SlmGuide.Data.Binding;

namespace SlmGuide.Data.Survey;

public enum TrendTopic
{
    [Label("概要")]
    Overview,

    [Label("技術的進展")]
    TechnicalProgress,

    [Label("業界動向")]
    Industry,
}

/// <summary>1.1 全体トレンド: one bullet.</summary>
public sealed record Trend : FactRow
{
    [Label("分類")]
    public required TrendTopic Topic { get; init; }

    [Label("内容")]
    public required string Text { get; init; }
}

/// <summary>1.2 主要研究成果; rows older than the six months before the survey date go to the earlier list.</summary>
public sealed record ResearchResult : FactRow
{
    [Label("発表日")]
    public required DateOnly Date { get; init; }

    [Label("研究者/組織")]
    public required string Organization { get; init; }

    [Label("論文/発表タイトル")]
    public required string Title { get; init; }

    [Label("主要な発見/改善点")]
    public required string Finding { get; init; }
}

/// <summary>1.3 SLMとLLMの比較: one aspect.</summary>
public sealed record Comparison : FactRow
{
    [Label("観点")]
    public required string Aspect { get; init; }

    [Label("小規模言語モデル（SLM）")]
    public required string Slm { get; init; }

    [Label("大規模言語モデル（LLM）")]
    public required string Llm { get; init; }

    [Label("備考")]
    public string? Note { get; init; }
}

public sealed record TrendsFile : Entry
{
    public IReadOnlyList<Trend> Trends { get; init; } = [];

    public IReadOnlyList<ResearchResult> Research { get; init; } = [];

    /// <summary>Research that was recent in an earlier edition: kept for the record, shown apart from 1.2.</summary>
    public IReadOnlyList<ResearchResult> EarlierResearch { get; init; } = [];

    public IReadOnlyList<Comparison> Comparison { get; init; } = [];
}
