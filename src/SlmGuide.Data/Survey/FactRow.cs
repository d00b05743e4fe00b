using SlmGuide.Data.Binding;

namespace SlmGuide.Data.Survey;

/// <summary>
/// A row that states facts. It always says where they were checked and when, and may name the
/// fields deliberately left empty because no source confirmed them. Fields read on another page
/// than the row's source name that page in <see cref="FieldSources"/>.
/// </summary>
public abstract record FactRow : Entry, IDraftRow
{
    [Label("情報源")]
    public required Ref<Source> Source { get; init; }

    [Label("確認日")]
    public required DateOnly Checked { get; init; }

    [Label("未確認項目")]
    public IReadOnlyList<string> Unconfirmed { get; init; } = [];

    [Label("項目別の情報源")]
    public IReadOnlyList<FieldSource> FieldSources { get; init; } = [];

    /// <summary>A draft is published by `serve` and the `--drafts` runs only (<see cref="DraftRows"/>).</summary>
    [Label("下書き")]
    public bool Draft { get; init; }
}
