namespace SlmGuide.Site.Tables;

/// <summary>
/// One cell: plain text for exports, the HTML shown on the page, and for numeric columns the
/// number the table script sorts by (invariant digits, so it is HTML-safe as it is).
/// </summary>
public sealed record Cell(string Text, string Html, string? SortKey = null)
{
    /// <summary>
    /// Where an enumeration's label stands among its values, so a drop-down filter lists them in
    /// the order the data defines (日本語特化, 公式対応, 限定的, 非対応), not by code point.
    /// </summary>
    public int? FacetOrder { get; init; }

    /// <summary>
    /// What downloads hold for this cell when it is not the text: a link column's address, a
    /// number's plain value, nothing for 未確認 (see <see cref="TableDownloads"/>).
    /// </summary>
    public string? Export { get; init; }

    /// <summary>The value CSV and JSON downloads write for this cell.</summary>
    public string ExportText => Export ?? SortKey ?? Text;

    /// <summary>
    /// The value a drop-down filter offers for this cell: the text before a parenthetical aside,
    /// so 「Mistral AI（NVIDIAと共同開発）」 is listed under 「Mistral AI」.
    /// </summary>
    public string FacetValue
    {
        get
        {
            var aside = Text.IndexOf('（', StringComparison.Ordinal);
            return (aside > 0 ? Text[..aside] : Text).Trim();
        }
    }

    public static Cell Of(string? text) => new(text ?? string.Empty, UnbrokenWords.InHtml(SlmGuide.Site.Html.Escape(text)));

    public static Cell Link(string text, string href, bool external = false)
    {
        var anchor = external ? $"<a href=\"{SlmGuide.Site.Html.Escape(href)}\" rel=\"noopener\">" : $"<a href=\"{SlmGuide.Site.Html.Escape(href)}\">";
        return new(text, anchor + UnbrokenWords.InHtml(SlmGuide.Site.Html.Escape(text)) + "</a>");
    }

    public static Cell Unconfirmed { get; } = new("未確認", "<span class=\"unconfirmed\">未確認</span>") { Export = string.Empty };

    /// <summary>A draft row's field that still holds its placeholder.</summary>
    public static Cell Pending { get; } = new(PendingText, $"<span class=\"pending\">{PendingText}</span>") { Export = string.Empty };

    public const string PendingText = "記入待ち";

    /// <summary>A link whose address is the cell's value in downloads (a model card, a source page).</summary>
    public static Cell Address(string text, Uri url) => Link(text, url.AbsoluteUri, external: true) with { Export = url.AbsoluteUri };
}

/// <summary>
/// A column's heading and key. A facet column (a handful of repeated values: labels, licences,
/// developers) gets a drop-down filter; free-text columns are served by the text box instead.
/// </summary>
public sealed record TableColumn(string Label, string Key, bool IsNumeric, bool IsFacet = false)
{
    /// <summary>A numeric column a reader narrows by a range (model sizes), with a from/to pair of boxes.</summary>
    public bool IsRange { get; init; }
}

/// <summary>
/// A row of cells; <see cref="NoteNumber"/> points at the source note under the table.
/// <see cref="Checked"/> and <see cref="SourceUrl"/> are raw values for the CSV/JSON downloads;
/// templates show the note and <see cref="IsStale"/> instead.
/// </summary>
public sealed record TableRow(IReadOnlyList<Cell> Cells, int? NoteNumber, string? NoteAnchor)
{
    public DateOnly? Checked { get; init; }

    public Uri? SourceUrl { get; init; }

    /// <summary>The id of the model the row is about, so downloads can be joined with /data/models.json; null for other tables.</summary>
    public string? ModelId { get; init; }

    /// <summary>Checked longer ago than the site's `stale_after_days`: the row shows 「情報が古い可能性」.</summary>
    public bool IsStale { get; init; }

    /// <summary>A row marked `draft: true`, which only a preview or a `--drafts` build shows: it carries 「下書き」.</summary>
    public bool IsDraft { get; init; }
}

/// <summary>What a computed table's figures are, 実測 or 推定, and the href of the section describing the method (HTML-safe).</summary>
public sealed record TableMethod(string Text, string Href);

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
    /// <summary>Tables this long get sort buttons and filters; shorter ones are read at a glance.</summary>
    public const int ControlsFromRows = 8;

    public bool IsEmpty => Rows.Count == 0;

    /// <summary>Whether the table script adds sort buttons and filters: long tables, unless the table's order is its meaning.</summary>
    public bool HasControls => !KeepsOrder && Rows.Count >= ControlsFromRows;

    /// <summary>Set for tables whose row order is the point (a comparison matrix): never sorted or filtered.</summary>
    public bool KeepsOrder { get; init; }

    /// <summary>
    /// One class per column that gives it a sensible width from the length of its longest cell:
    /// short values stay on one line, long prose gets room to read in a few lines.
    /// </summary>
    public IReadOnlyList<string> ColumnClasses => _columnClasses ??= [.. Columns.Select((column, index) => ColumnShape.ClassOf(column, Rows, index))];

    private IReadOnlyList<string>? _columnClasses;


    /// <summary>An inline SVG chart drawn from the same rows, shown above the table; null for plain tables.</summary>
    public string? Figure { get; init; }

    /// <summary>How the figures were obtained (measured on a twin, or estimated) and the section that explains it; null for sourced tables.</summary>
    public TableMethod? Method { get; init; }

    /// <summary>Where the table's .csv and .json downloads live, without the extension; null when it has none.</summary>
    public string? DownloadHref { get; init; }
}
