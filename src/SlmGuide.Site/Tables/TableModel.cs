namespace SlmGuide.Site.Tables;

/// <summary>One cell: plain text for exports, and the HTML shown on the page.</summary>
public sealed record Cell(string Text, string Html)
{
    public static Cell Of(string? text) => new(text ?? string.Empty, SlmGuide.Site.Html.Escape(text));

    public static Cell Link(string text, string href, bool external = false) => new(text, SlmGuide.Site.Html.Link(text, href, external));

    public static Cell Unconfirmed { get; } = new("未確認", "<span class=\"unconfirmed\">未確認</span>");
}

public sealed record TableColumn(string Label, string Key, bool IsNumeric);

/// <summary>A row of cells; <see cref="NoteNumber"/> points at the source note under the table.</summary>
public sealed record TableRow(IReadOnlyList<Cell> Cells, int? NoteNumber, string? NoteAnchor);

/// <summary>A numbered source under a table: the row's footnote target.</summary>
public sealed record SourceNote(int Number, string Anchor, string TitleHtml, string Url, string PublisherHtml, string Checked);

/// <summary>
/// A survey table ready for the theme: every string is already HTML-safe. Lists (trends, outlook,
/// references) use the same model with one cell per row.
/// </summary>
public sealed record TableModel(
    string Id,
    string Title,
    bool IsList,
    IReadOnlyList<TableColumn> Columns,
    IReadOnlyList<TableRow> Rows,
    IReadOnlyList<SourceNote> Notes,
    string? LastChecked)
{
    public bool IsEmpty => Rows.Count == 0;
}
