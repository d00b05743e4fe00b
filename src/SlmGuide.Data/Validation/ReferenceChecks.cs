using SlmGuide.Data.Binding;
using SlmGuide.Data.Diagnostics;
using SlmGuide.Data.Survey;

namespace SlmGuide.Data.Validation;

/// <summary>
/// Every reference the walk found, and every one in a row dropped for another error, must name an
/// entry of its target type that exists; a dropped row's id counts, so its error does not cascade.
/// </summary>
internal static class ReferenceChecks
{
    public static void Check(SurveyContents contents, DiagnosticBag diagnostics)
    {
        var idsByTarget = new Dictionary<Type, HashSet<string>>();
        foreach (var reference in contents.References.Concat(contents.Dropped.References))
        {
            if (contents.UnverifiableTargets.Contains(reference.Target))
            {
                continue;
            }

            if (!idsByTarget.TryGetValue(reference.Target, out var ids))
            {
                ids = contents.Entries.Where(reference.Target.IsInstanceOfType).Select(e => ((IIdentified)e).Id)
                    .Concat(contents.Dropped.Ids.Where(dropped => reference.Target.IsAssignableFrom(dropped.Type)).Select(dropped => dropped.Id))
                    .ToHashSet(StringComparer.Ordinal);
                idsByTarget[reference.Target] = ids;
            }

            if (ids.Contains(reference.Id))
            {
                continue;
            }

            var what = RecordNames.Of(reference.Target);
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.DanglingReference,
                reference.Location,
                $"no {what} has the id `{reference.Id}`",
                Suggestions.DidYouMean(reference.Id, ids) ?? $"add it to the {what} list first"));
        }
    }
}
