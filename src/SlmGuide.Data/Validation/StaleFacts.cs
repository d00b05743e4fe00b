using System.Globalization;
using SlmGuide.Data.Binding;
using SlmGuide.Data.Diagnostics;
using SlmGuide.Data.Survey;

namespace SlmGuide.Data.Validation;

/// <summary>
/// When a fact counts as out of date: checked more than the allowed number of days before a
/// reference day. The site's 「情報が古い可能性」 badge and `check`'s warnings use this one rule.
/// </summary>
public static class StaleFacts
{
    public static bool IsStale(DateOnly checkedOn, DateOnly asOf, int maxAgeDays) =>
        checkedOn.AddDays(maxAgeDays) < asOf;

    /// <summary>
    /// Warns at the `checked` line of every fact row, and of every field source, older than the
    /// limit on <paramref name="today"/>.
    /// </summary>
    public static void Report(SurveyContents contents, DateOnly today, int maxAgeDays, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(contents);
        var checks = contents.FactRows.Where(r => !r.IsPending("checked")).Select(r => ((Entry)r, r.Checked))
            .Concat(contents.FieldSources.Select(f => ((Entry)f, f.Checked)));
        foreach (var (entry, checkedOn) in checks.Where(c => IsStale(c.Checked, today, maxAgeDays)))
        {
            var age = today.DayNumber - checkedOn.DayNumber;
            diagnostics.Add(Diagnostic.Warning(
                DiagnosticCodes.StaleFact,
                entry.LocationOf("checked"),
                $"checked {Text(checkedOn)}, {age} days before {Text(today)}; the limit is {maxAgeDays} days",
                "check the fact against its source again, then update `checked`"));
        }
    }

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
