using SlmGuide.Data.Diagnostics;
using SlmGuide.Data.Survey;

namespace SlmGuide.Data.Validation;

/// <summary>
/// An `unconfirmed` list must name real fields of its row, and a field marked unconfirmed should
/// be empty: a value beside the mark would be shown to readers as if it were checked.
/// </summary>
internal static class UnconfirmedFields
{
    public static void Check(FactRow row, DiagnosticBag diagnostics)
    {
        var fields = FactFields.Of(row);
        foreach (var name in row.Unconfirmed)
        {
            var field = fields.FirstOrDefault(f => f.Key == name);
            if (field is null)
            {
                diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.UnknownKey,
                    row.LocationOf("unconfirmed"),
                    $"`unconfirmed` names `{name}`, which is not a field of this row",
                    Suggestions.DidYouMean(name, fields.Select(f => f.Key)) ?? "name a field of this row"));
                continue;
            }

            if (FactFields.HasValue(field, row))
            {
                diagnostics.Add(Diagnostic.Warning(
                    DiagnosticCodes.UnconfirmedWithValue,
                    row.LocationOf(name),
                    $"`{name}` has a value but is listed as unconfirmed",
                    "remove the value until a source confirms it, or take it off the `unconfirmed` list"));
            }
        }
    }
}
