using SlmGuide.Site.Checking;

namespace SlmGuide.Cli;

/// <summary>The survey's tables as `check` lists them: rows, the minimum, and a mark where one falls short.</summary>
internal static class CompletenessPrinter
{
    public static void Print(IReadOnlyList<CompletenessRow> rows, TextWriter output)
    {
        if (rows.Count == 0)
        {
            return;
        }

        output.WriteLine("survey tables (rows / minimum):");
        foreach (var row in rows)
        {
            var mark = row.Status switch
            {
                CompletenessStatus.Empty => "EMPTY",
                CompletenessStatus.BelowMinimum => "SHORT",
                _ => "ok",
            };
            var minimum = row.Minimum is { } m ? m.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-";
            output.WriteLine($"  {mark,-5} {row.Rows,4} / {minimum,-3} {row.TableId,-22} {row.Title}");
        }
    }
}
