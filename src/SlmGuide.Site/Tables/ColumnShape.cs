using SlmGuide.Site.Markdown;

namespace SlmGuide.Site.Tables;

/// <summary>
/// Sizes a column by what it holds. Without this, a browser squeezes every column of a wide
/// table to its narrowest, and a repeated short value or a date wraps onto several lines.
/// Lengths count a Japanese character as two Latin ones, as they are about twice as wide.
/// </summary>
internal static class ColumnShape
{
    // About 15 Japanese characters: names, labels, dates and licences read best unbroken.
    private const int ShortWidth = 30;

    // Up to a sentence: a few lines in a medium column are easier to scan than one very wide line.
    private const int MediumWidth = 64;

    public static string ClassOf(TableColumn column, IReadOnlyList<TableRow> rows, int index)
    {
        if (column.IsNumeric)
        {
            return "numeric";
        }

        var widest = rows.Count == 0 ? 0 : rows.Max(row => index < row.Cells.Count ? WidthOf(row.Cells[index].Text) : 0);
        return widest switch
        {
            <= ShortWidth => "cell-short",
            <= MediumWidth => "cell-medium",
            _ => "cell-long",
        };
    }

    private static int WidthOf(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += CjkText.IsWide(rune.Value) ? 2 : 1;
        }

        return width;
    }
}
