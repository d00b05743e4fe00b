using SlmGuide.Data.Binding;

namespace SlmGuide.Data.Survey;

/// <summary>
/// A row that states facts. It always says where they were checked and when, and may name the
/// fields deliberately left empty because no source confirmed them.
/// </summary>
public abstract record FactRow : Entry
{
    [Label("情報源")]
    public required Ref<Source> Source { get; init; }

    [Label("確認日")]
    public required DateOnly Checked { get; init; }

    [Label("未確認項目")]
    public IReadOnlyList<string> Unconfirmed { get; init; } = [];
}
