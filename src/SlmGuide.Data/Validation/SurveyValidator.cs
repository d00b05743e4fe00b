using SlmGuide.Data.Binding;
using SlmGuide.Data.Diagnostics;
using SlmGuide.Data.Survey;

namespace SlmGuide.Data.Validation;

/// <summary>
/// Checks that span rows and files, after every file is bound: ids, references between files and
/// the rules a single value cannot express. Everything found is reported, never just the first.
/// </summary>
public static class SurveyValidator
{
    public static void Validate(SurveyData data, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(data);
        Validate(data.Contents, diagnostics);

        foreach (var claim in data.Claims.Claims)
        {
            CheckClaim(claim, diagnostics);
        }

        foreach (var technique in data.Techniques.Techniques)
        {
            CheckTechnique(technique, diagnostics);
        }

        foreach (var model in data.Models.Models.Where(m => m.ParametersBillion <= 0 && !m.IsPending("parameters_billion")))
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.OutOfRange,
                model.LocationOf("parameters_billion"),
                "`parameters_billion` must be greater than zero",
                "write the size in billions, e.g. 0.5 for a 500M model"));
        }
    }

    /// <summary>
    /// The checks every record gets alike, over whatever the walk found: ids, references and
    /// `unconfirmed` lists and field sources. Nothing here names a list, so a new one is checked as it appears.
    /// </summary>
    public static void Validate(SurveyContents contents, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(contents);
        foreach (var file in contents.EntriesByFile)
        {
            IdChecks.Check(file, diagnostics);
        }

        ReferenceChecks.Check(contents, diagnostics);
        foreach (var row in contents.FactRows)
        {
            UnconfirmedFields.Check(row, diagnostics);
            FieldSourceChecks.Check(row, diagnostics);
        }
    }

    private static void CheckClaim(ClaimCheck claim, DiagnosticBag diagnostics)
    {
        if (claim.Source is null && claim.Status != ClaimStatus.Unconfirmed)
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.InconsistentFields,
                claim.LocationOf("status"),
                $"a claim judged `{EnumLabels.Of(claim.Status)}` needs a `source`",
                "cite the source that confirms or contradicts it, or judge it `未確認`"));
        }
    }

    private static void CheckTechnique(Technique technique, DiagnosticBag diagnostics)
    {
        if (technique.Category == TechniqueCategory.Other && string.IsNullOrWhiteSpace(technique.Class))
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.InconsistentFields,
                technique.LocationOf("category"),
                "a technique in `その他` needs a `class` (分類)",
                "e.g. `class: 蒸留`"));
        }

        if (technique.Category != TechniqueCategory.Other && technique.Difficulty is null && !technique.IsPending("difficulty"))
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.InconsistentFields,
                technique.LocationOf("category"),
                $"a `{EnumLabels.Of(technique.Category)}` technique needs a `difficulty` (導入難易度)",
                "one of `低`, `中`, `高`"));
        }
    }
}
