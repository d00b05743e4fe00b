using System.Globalization;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SlmGuide.Site.Markdown;

/// <summary>A pipe table as HTML: header rows in thead, the rest in tbody, alignment as a class.</summary>
internal sealed class ClassAlignedTableRenderer : HtmlObjectRenderer<Table>
{
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        renderer.EnsureLine();
        renderer.Write("<table").WriteAttributes(table).WriteLine(">");
        var section = string.Empty;
        foreach (var row in table.OfType<TableRow>())
        {
            var wanted = row.IsHeader && section != "tbody" ? "thead" : "tbody";
            if (wanted != section)
            {
                if (section.Length > 0)
                {
                    renderer.WriteLine($"</{section}>");
                }

                renderer.WriteLine($"<{wanted}>");
                section = wanted;
            }

            WriteRow(renderer, table, row, section == "thead" ? "th" : "td");
        }

        if (section.Length > 0)
        {
            renderer.WriteLine($"</{section}>");
        }

        renderer.WriteLine("</table>");
    }

    private static void WriteRow(HtmlRenderer renderer, Table table, TableRow row, string tag)
    {
        renderer.Write("<tr").WriteAttributes(row).WriteLine(">");
        var position = 0;
        foreach (var cell in row.OfType<TableCell>())
        {
            renderer.Write('<').Write(tag);
            if (cell.ColumnSpan != 1)
            {
                renderer.Write(" colspan=\"").Write(cell.ColumnSpan.ToString(CultureInfo.InvariantCulture)).Write('"');
            }

            if (cell.RowSpan != 1)
            {
                renderer.Write(" rowspan=\"").Write(cell.RowSpan.ToString(CultureInfo.InvariantCulture)).Write('"');
            }

            // Pipe tables leave ColumnIndex unset (-1); then the cell's place in the row decides.
            var index = cell.ColumnIndex >= 0 ? cell.ColumnIndex : position;
            position = index + Math.Max(cell.ColumnSpan, 1);
            if (index < table.ColumnDefinitions.Count && table.ColumnDefinitions[index].Alignment is { } alignment)
            {
                renderer.Write(" class=\"align-").Write(alignment.ToString().ToLowerInvariant()).Write('"');
            }

            renderer.WriteAttributes(cell).Write('>');

            // A cell of one paragraph prints its text without <p>, as pipe tables always have.
            var implicitParagraph = renderer.ImplicitParagraph;
            renderer.ImplicitParagraph = cell.Count == 1;
            renderer.Write(cell);
            renderer.ImplicitParagraph = implicitParagraph;
            renderer.WriteLine($"</{tag}>");
        }

        renderer.WriteLine("</tr>");
    }
}
