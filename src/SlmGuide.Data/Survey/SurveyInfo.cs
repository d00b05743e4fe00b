using SlmGuide.Data.Binding;

namespace SlmGuide.Data.Survey;

public enum MemoKind
{
    [Label("追加調査")]
    FurtherResearch,

    [Label("不明点")]
    OpenQuestion,

    [Label("信頼性評価")]
    Reliability,

    [Label("次のアクション")]
    NextAction,
}

/// <summary>調査基本情報: who surveyed, when, why and how.</summary>
public sealed record SurveyInfo : Entry
{
    [Label("調査日")]
    public required DateOnly Date { get; init; }

    [Label("担当者")]
    public required string Team { get; init; }

    [Label("調査目的")]
    public required string Purpose { get; init; }

    [Label("調査方法")]
    public IReadOnlyList<string> Methods { get; init; } = [];
}

/// <summary>One line of 調査メモ・フォローアップ事項.</summary>
public sealed record MemoItem : Entry
{
    [Label("種別")]
    public required MemoKind Kind { get; init; }

    [Label("内容")]
    public required string Text { get; init; }
}

public sealed record SurveyFile : Entry
{
    public SurveyInfo? Survey { get; init; }

    public IReadOnlyList<MemoItem> Memo { get; init; } = [];
}
