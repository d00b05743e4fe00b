using SlmGuide.Data.Binding;

namespace SlmGuide.Data.Survey;

/// <summary>The template splits 9.1 into the forecast, what it rests on, and the areas to watch.</summary>
public enum TechnologyOutlookKind
{
    [Label("予測")]
    Forecast,

    [Label("根拠")]
    Evidence,

    [Label("注目領域")]
    FocusArea,
}

/// <summary>The template splits 9.2 into market size, what the main players do, and Japan.</summary>
public enum MarketOutlookKind
{
    [Label("規模")]
    Size,

    [Label("主要プレイヤーの動向")]
    Players,

    [Label("日本市場")]
    Japan,
}

/// <summary>A forecast bullet of section 9; forecasts are opinions, so each names whose.</summary>
public abstract record OutlookPoint : FactRow
{
    [Label("内容")]
    public required string Text { get; init; }
}

/// <summary>9.1 予測される技術進化: one bullet of the twelve months after the survey date.</summary>
public sealed record TechnologyOutlook : OutlookPoint
{
    // Optional so that outlook files written before the template's split still load; the guide's own rows all carry it.
    [Label("種別")]
    public TechnologyOutlookKind? Kind { get; init; }
}

/// <summary>9.2 市場予測: one bullet.</summary>
public sealed record MarketOutlook : OutlookPoint
{
    // Optional for the same reason as TechnologyOutlook.Kind.
    [Label("種別")]
    public MarketOutlookKind? Kind { get; init; }
}

public sealed record OutlookFile : Entry
{
    public IReadOnlyList<TechnologyOutlook> Technology { get; init; } = [];

    public IReadOnlyList<MarketOutlook> Market { get; init; } = [];
}
