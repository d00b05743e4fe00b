using SlmGuide.Data.Binding;

namespace SlmGuide.Data.Survey;

/// <summary>
/// A source for some fields of a fact row, beside the row's own. A model's licence is often on
/// its repository page while its size is on the announcement; each fact keeps the page it was
/// read on and the day, instead of a row citing one page for facts that page never states.
/// </summary>
public sealed record FieldSource : Entry
{
    /// <summary>The row's YAML keys this source backs, such as <c>context_length</c>.</summary>
    [Label("項目")]
    public required IReadOnlyList<string> Fields { get; init; }

    [Label("情報源")]
    public required Ref<Source> Source { get; init; }

    [Label("確認日")]
    public required DateOnly Checked { get; init; }
}
