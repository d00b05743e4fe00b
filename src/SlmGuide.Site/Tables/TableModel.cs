namespace SlmGuide.Site.Tables;

/// <summary>
/// One cell: plain text for exports, the HTML shown on the page, and for numeric columns the
/// number the table script sorts by (invariant digits, so it is HTML-safe as it is).
/// </summary>
public sealed record Cell(string Text, string Html, string? SortKey = null)
{
    public static Cell Of(string? text) => new(text ?? string.Empty, SlmGuide.Site.Html.Escape(text));

    public static Cell Link(string text, string href, bool external = false) => new(text, SlmGuide.Site.Html.Link(text, href, external));

    public static Cell Unconfirmed { get; } = new("未確認", "<span class=\"unconfirmed\">未確認</span>");
}

/// <summary>
/// A column's heading and key. A facet column (a handful of repeated values: labels, licences,
/// developers) gets a drop-down filter; free-text columns are served by the text box instead.
/// </summary>
public sealed record TableColumn(string Label, string Key, bool IsNumeric, bool IsFacet = false);

/// <summary>
/// A row of cells; <see cref="NoteNumber"/> points at the source note under the table.
/// <see cref="Checked"/> and <see cref="SourceUrl"/> are raw values for the CSV/JSON downloads;
/// templates show the note and <see cref="IsStale"/> instead.
/// </summary>
public sealed record TableRow(IReadOnlyList<Cell> Cells, int? NoteNumber, string? NoteAnchor)
{
    public DateOnly? Checked { get; init; }

    public Uri? SourceUrl { get; init; }

    /// <summary>Checked longer ago than the site's `stale_after_days`: the row shows 「情報が古い可能性」.</summary>
    public bool IsStale { get; init; }
}

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

    /// <summary>An inline SVG chart drawn from the same rows, shown above the table; null for plain tables.</summary>
    public string? Figure { get; init; }

    /// <summary>Where the table's .csv and .json downloads live, without the extension; null when it has none.</summary>
    public string? DownloadHref { get; init; }
}
