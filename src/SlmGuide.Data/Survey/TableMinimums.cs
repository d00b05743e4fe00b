using SlmGuide.Data.Binding;

namespace SlmGuide.Data.Survey;

/// <summary>
/// data/completeness.yaml: how many rows each survey table must have before the guide counts as
/// complete. `slmguide check` reports every table against it.
/// </summary>
public sealed record TableMinimums : Entry
{
    public const string FileName = "data/completeness.yaml";

    public IReadOnlyList<TableMinimum> Minimums { get; init; } = [];
}

public sealed record TableMinimum : Entry
{
    /// <summary>A table id, as in the `{{&lt; table "id" &gt;}}` shortcode.</summary>
    [Label("表")]
    public required string Table { get; init; }

    [Label("最低行数")]
    public required int Rows { get; init; }
}
