using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SlmGuide.Site.Tables;

/// <summary>
/// A table as files readers can take away: CSV for spreadsheets and JSON for programs, both from
/// the same cells so they always agree with each other and with the page. A cell's value is its
/// plain text, except: a link column holds the address (not 「公式ページ」 or the publisher), a
/// number holds the number (0.5, not 「0.5B」; JSON writes it unquoted), and a cell the page
/// shows as 未確認 is empty (JSON null). Tables about models start with the model's id
/// (<c>モデルID</c> / <c>model_id</c>), the key of <c>/data/models.json</c>.
/// </summary>
public static class TableDownloads
{
    public const string CheckedHeader = "確認日";
    public const string SourceHeader = "出典URL";
    public const string ModelIdHeader = "モデルID";
    public const string ModelIdKey = "model_id";

    /// <summary>The site URL of a table's downloads, without ".csv" or ".json".</summary>
    public static string Path(string tableId) => $"/data/tables/{tableId}";

    /// <summary>UTF-8 with a byte order mark, which is how Excel recognises Japanese text in a CSV.</summary>
    public static byte[] Csv(TableModel table)
    {
        var builder = new StringBuilder();
        var withModel = HasModelIds(table);
        AppendLine(builder, [.. withModel ? [ModelIdHeader] : Array.Empty<string>(), .. table.Columns.Select(c => c.Label), CheckedHeader, SourceHeader]);
        foreach (var row in table.Rows)
        {
            AppendLine(builder, [.. withModel ? [row.ModelId ?? string.Empty] : Array.Empty<string>(), .. row.Cells.Select(c => c.ExportText), DateText(row.Checked), row.SourceUrl?.AbsoluteUri ?? string.Empty]);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(builder.ToString())];
    }

    public static byte[] Json(TableModel table)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonFiles.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("id", table.Id);
            json.WriteString("title", table.Title);
            json.WriteStartArray("columns");
            foreach (var column in table.Columns)
            {
                json.WriteStartObject();
                json.WriteString("key", column.Key);
                json.WriteString("label", column.Label);
                json.WriteBoolean("numeric", column.IsNumeric);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("rows");
            var withModel = HasModelIds(table);
            foreach (var row in table.Rows)
            {
                json.WriteStartObject();
                if (withModel)
                {
                    WriteOptional(json, ModelIdKey, row.ModelId);
                }

                for (var i = 0; i < table.Columns.Count; i++)
                {
                    WriteCell(json, table.Columns[i], row.Cells[i]);
                }

                WriteOptional(json, "checked", row.Checked is null ? null : DateText(row.Checked));
                WriteOptional(json, "source_url", row.SourceUrl?.AbsoluteUri);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static bool HasModelIds(TableModel table) => table.Rows.Any(row => row.ModelId is not null);

    private static void WriteCell(Utf8JsonWriter json, TableColumn column, Cell cell)
    {
        var value = cell.ExportText;
        if (value.Length == 0 && (column.IsNumeric || cell.Equals(Cell.Unconfirmed)))
        {
            json.WriteNull(column.Key);
        }
        else if (column.IsNumeric && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            json.WriteNumber(column.Key, number);
        }
        else
        {
            json.WriteString(column.Key, value);
        }
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static string DateText(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    // RFC 4180: quote every field so commas, quotes and line breaks inside Japanese prose survive;
    // a field a spreadsheet would run as a formula is neutralised first.
    private static void AppendLine(StringBuilder builder, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            builder.Append('"').Append(SpreadsheetCell.Neutralise(fields[i]).Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }

        builder.Append("\r\n");
    }
}
