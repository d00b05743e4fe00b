using System.Globalization;
using System.Text;
using SlmGuide.Site.Checking;

namespace SlmGuide.Cli;

/// <summary>
/// The survey's tables as `check` lists them: section, table id, rows, minimum and status, with the
/// same status words as the JSON report. The Japanese heading comes last because its characters are
/// two columns wide in a terminal and would break the alignment of anything after it.
/// </summary>
internal static class CompletenessPrinter
{
    private static readonly CompositeFormat RowFormat = CompositeFormat.Parse("  {0,-8} {1,-22} {2,5} {3,8}  {4,-14} {5}");

    public static void Print(IReadOnlyList<CompletenessRow> rows, TextWriter output)
    {
        if (rows.Count == 0)
        {
            return;
        }

        output.WriteLine($"survey completeness ({rows.Count} tables):");
        output.WriteLine(string.Format(CultureInfo.InvariantCulture, RowFormat, "section", "table", "rows", "minimum", "status", "heading"));
        foreach (var row in rows)
        {
            var (section, heading) = SplitSection(row.Title);
            var minimum = row.Minimum?.ToString(CultureInfo.InvariantCulture) ?? "-";
            output.WriteLine(string.Format(CultureInfo.InvariantCulture, RowFormat, section, row.TableId, row.Rows, minimum, StatusWord(row.Status), heading));
        }
    }

    public static string StatusWord(CompletenessStatus status) => status switch
    {
        CompletenessStatus.Empty => "empty",
        CompletenessStatus.BelowMinimum => "below-minimum",
        _ => "complete",
    };

    // Template headings read "2.1 モデルサイズ別比較…"; the few without a number (調査基本情報) have no section.
    private static (string Section, string Heading) SplitSection(string title)
    {
        var space = title.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && char.IsAsciiDigit(title[0]) ? (title[..space], title[(space + 1)..]) : ("-", title);
    }
}
