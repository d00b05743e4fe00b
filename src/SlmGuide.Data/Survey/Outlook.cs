using SlmGuide.Data.Binding;

namespace SlmGuide.Data.Survey;

/// <summary>A forecast bullet of section 9; forecasts are opinions, so each names whose.</summary>
public sealed record OutlookPoint : FactRow
{
    [Label("内容")]
    public required string Text { get; init; }
}

public sealed record OutlookFile : Entry
{
    public IReadOnlyList<OutlookPoint> Technology { get; init; } = [];

    public IReadOnlyList<OutlookPoint> Market { get; init; } = [];
}
