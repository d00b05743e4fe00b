using SlmGuide.Data.Binding;

namespace SlmGuide.Data.Changes;

/// <summary>One update readers should hear about; the Atom feed has one entry per change.</summary>
public sealed record Change : Entry
{
    [Label("日付")]
    public required DateOnly Date { get; init; }

    [Label("見出し")]
    public required string Title { get; init; }

    [Label("概要")]
    public string? Summary { get; init; }

    /// <summary>The site URL the change is about, such as "/optimization/"; the feed entry links there.</summary>
    [Label("ページ")]
    public string? Page { get; init; }
}

/// <summary>data/changelog.yaml: the updates of the guide, newest or oldest first as the author likes.</summary>
public sealed record Changelog : Entry
{
    public const string FileName = "data/changelog.yaml";

    public IReadOnlyList<Change> Changes { get; init; } = [];
}
