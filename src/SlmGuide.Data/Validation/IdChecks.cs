using System.Text.RegularExpressions;
using SlmGuide.Data.Binding;
using SlmGuide.Data.Diagnostics;

namespace SlmGuide.Data.Validation;

/// <summary>
/// Every entry with an id, wherever the walk found it: the id must be written in the one allowed
/// form and be unique among the entries of its file (a file's lists share one id space).
/// </summary>
internal static partial class IdChecks
{
    public static void Check(IEnumerable<Entry> entries, DiagnosticBag diagnostics)
    {
        var first = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var entry in entries.Where(e => e is IIdentified))
        {
            var id = ((IIdentified)entry).Id;
            var what = RecordNames.Of(entry.GetType());
            if (!IdPattern().IsMatch(id))
            {
                diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.InvalidId,
                    entry.LocationOf("id"),
                    $"the {what} id `{id}` is not a valid id",
                    "use lowercase letters, digits, `.`, `-` and `_`, e.g. `qwen2.5-0.5b-instruct`"));
            }

            if (!first.TryAdd(id, entry))
            {
                diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.DuplicateId,
                    entry.LocationOf("id"),
                    $"the {what} id `{id}` is already used",
                    $"first defined at {first[id].LocationOf("id")}; give this one another id"));
            }
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]*$")]
    private static partial Regex IdPattern();
}
