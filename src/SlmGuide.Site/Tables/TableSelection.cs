using System.Security.Cryptography;
using System.Text;

namespace SlmGuide.Site.Tables;

/// <summary>
/// Part of a survey table, as a table shortcode asks for it: some columns, in the author's order,
/// and the rows whose cell in one column has one value (<c>where="japanese=日本語特化"</c>).
/// Values are matched as the table shows them, so the author writes what the reader sees.
/// </summary>
public sealed record TableSelection(IReadOnlyList<string>? Columns, string? WhereKey, string? WhereValue)
{
    /// <summary>Parses the shortcode's texts; null when the shortcode asks for the whole table.</summary>
    public static TableSelection? Of(string? columns, string? where)
    {
        if (columns is null && where is null)
        {
            return null;
        }

        var keys = columns?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var equals = where?.IndexOf('=', StringComparison.Ordinal) ?? -1;
        return where is null
            ? new(keys, null, null)
            : new(keys, equals < 0 ? where.Trim() : where[..equals].Trim(), equals < 0 ? null : where[(equals + 1)..].Trim());
    }

    /// <summary>
    /// The anchor suffix of this part: one table may be placed whole and in parts on one page, and
    /// each needs its own id. A hash keeps it stable while the page's other shortcodes change.
    /// </summary>
    public string IdSuffix
    {
        get
        {
            var text = $"{string.Join(',', Columns ?? [])}|{WhereKey}={WhereValue}";
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];
        }
    }

    /// <summary>What is wrong with this selection of <paramref name="table"/>, each naming the argument it is about.</summary>
    public IReadOnlyList<TableSelectionProblem> ProblemsWith(TableModel table)
    {
        var problems = new List<TableSelectionProblem>();
        var keys = table.Columns.Select(column => column.Key).ToList();
        foreach (var key in (Columns ?? []).Where(key => !keys.Contains(key)))
        {
            problems.Add(new("columns", $"the table `{table.Id}` has no column `{key}`", SuggestColumn(key, keys)));
        }

        if (Columns is { Count: 0 })
        {
            problems.Add(new("columns", "`columns` names no column", $"list column keys separated by commas, from {Listed(keys)}"));
        }

        if (WhereKey is null)
        {
            return problems;
        }

        if (WhereValue is null)
        {
            problems.Add(new("where", "`where` needs a column and a value", $"write `where=\"{WhereKey}=value\"`"));
        }
        else if (keys.IndexOf(WhereKey) is var index && index < 0)
        {
            problems.Add(new("where", $"the table `{table.Id}` has no column `{WhereKey}`", SuggestColumn(WhereKey, keys)));
        }
        else if (!table.Rows.Any(row => Matches(row.Cells[index])))
        {
            var values = table.Rows.Select(row => row.Cells[index].FacetValue).Distinct(StringComparer.Ordinal).ToList();
            problems.Add(new("where", $"no row of `{table.Id}` has `{WhereValue}` in `{WhereKey}`", Data.Diagnostics.Suggestions.DidYouMean(WhereValue, values) ?? $"use one of {Listed(values.Take(12))}"));
        }

        return problems;
    }

    /// <summary>The part of <paramref name="table"/> this selection asks for; call only when <see cref="ProblemsWith"/> found nothing.</summary>
    public TableModel Apply(TableModel table)
    {
        var indexes = Columns is { } named
            ? [.. named.Select(key => table.Columns.ToList().FindIndex(column => column.Key == key))]
            : Enumerable.Range(0, table.Columns.Count).ToList();
        var where = WhereKey is null ? -1 : table.Columns.ToList().FindIndex(column => column.Key == WhereKey);
        var rows = table.Rows
            .Where(row => where < 0 || Matches(row.Cells[where]))
            .Select(row => row with { Cells = [.. indexes.Select(i => row.Cells[i])] })
            .ToList();
        var cited = rows.Select(row => row.NoteNumber).OfType<int>().ToHashSet();

        // A new model, not `with`: the column classes are cached from the whole table's cells. The
        // chart shows the whole table, so a part has none.
        return new TableModel(
            $"{table.Id}-{IdSuffix}",
            table.Title,
            table.IsList,
            [.. indexes.Select(i => table.Columns[i])],
            rows,
            [.. table.Notes.Where(note => cited.Contains(note.Number))],
            table.LastChecked)
        {
            KeepsOrder = table.KeepsOrder,
            Method = table.Method,
            DownloadHref = table.DownloadHref,
        };
    }

    private bool Matches(Cell cell) => cell.Text == WhereValue || cell.FacetValue == WhereValue;

    private static string SuggestColumn(string key, IReadOnlyList<string> keys) =>
        Data.Diagnostics.Suggestions.DidYouMean(key, keys) ?? $"the columns are {Listed(keys)}";

    private static string Listed(IEnumerable<string> names) => string.Join(", ", names.Select(name => $"`{name}`"));
}

/// <summary>One thing wrong with a table selection: the shortcode argument it is about, what is wrong and what to do.</summary>
public sealed record TableSelectionProblem(string Argument, string Message, string Hint);
