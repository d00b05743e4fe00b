using SlmGuide.Data.Diagnostics;
using SlmGuide.Data.Survey;

namespace SlmGuide.Data.Validation;

/// <summary>
/// A field source must back facts its row really shows: a real fact field with a value, cited by
/// one source only and not listed as unconfirmed. Otherwise a reader would see a citation for a
/// value that is not there, or two pages for one figure.
/// </summary>
internal static class FieldSourceChecks
{
    public static void Check(FactRow row, DiagnosticBag diagnostics)
    {
        var fields = FactFields.Of(row);
        var cited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fieldSource in row.FieldSources)
        {
            var at = fieldSource.LocationOf("fields");
            foreach (var name in fieldSource.Fields)
            {
                var field = fields.FirstOrDefault(f => f.Key == name);
                if (field is null)
                {
                    diagnostics.Add(Diagnostic.Error(
                        DiagnosticCodes.UnknownKey,
                        at,
                        $"`field_sources` names `{name}`, which is not a fact field of this row",
                        Suggestions.DidYouMean(name, fields.Select(f => f.Key)) ?? "name a field of this row other than its id, sources and dates"));
                }
                else if (!cited.Add(name))
                {
                    diagnostics.Add(Diagnostic.Error(
                        DiagnosticCodes.InconsistentFields,
                        at,
                        $"`{name}` already has a field source in this row",
                        "keep only the source the value was read on"));
                }
                else if (row.Unconfirmed.Contains(name))
                {
                    diagnostics.Add(Diagnostic.Error(
                        DiagnosticCodes.InconsistentFields,
                        at,
                        $"`{name}` has a field source but is listed as unconfirmed",
                        "take it off `unconfirmed` once its source confirms it, or drop it from `fields`"));
                }
                else if (!FactFields.HasValue(field, row))
                {
                    diagnostics.Add(Diagnostic.Error(
                        DiagnosticCodes.InconsistentFields,
                        at,
                        $"`{name}` has a field source but no value",
                        "write the value the source states, or drop it from `fields`"));
                }
            }
        }
    }
}
