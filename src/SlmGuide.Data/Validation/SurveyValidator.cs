using System.Text.RegularExpressions;
using SlmGuide.Data.Binding;
using SlmGuide.Data.Diagnostics;
using SlmGuide.Data.Survey;

namespace SlmGuide.Data.Validation;

/// <summary>
/// Checks that span rows and files, after every file is bound: ids, references between files and
/// the rules a single value cannot express. Everything found is reported, never just the first.
/// </summary>
public static partial class SurveyValidator
{
    public static void Validate(SurveyData data, DiagnosticBag diagnostics)
    {
        var sources = data.FilesWithErrors.Contains("sources.yaml") ? null : data.SourcesById;
        var models = data.FilesWithErrors.Contains("models.yaml") ? null : data.ModelsById;

        CheckIds(data.Sources.Sources, "source", diagnostics);
        CheckIds(data.Models.Models, "model", diagnostics);
        CheckIds(data.Techniques.Techniques, "technique", diagnostics);
        CheckIds(data.Cases.Cases, "case", diagnostics);
        CheckIds(data.Tools.DevTools.Concat<Entry>(data.Tools.EvalTools), "tool", diagnostics);

        foreach (var row in data.FactRows())
        {
            CheckReference(row.Source, sources, "source", diagnostics);
            UnconfirmedFields.Check(row, diagnostics);
        }

        foreach (var claim in data.Claims.Claims)
        {
            CheckClaim(claim, sources, diagnostics);
        }

        foreach (var evaluation in data.Models.JapaneseEvaluations)
        {
            CheckReference(evaluation.Model, models, "model", diagnostics);
            foreach (var score in evaluation.Scores)
            {
                CheckReference(score.Source, sources, "source", diagnostics);
            }
        }

        foreach (var domain in data.Models.DomainModels)
        {
            CheckReference(domain.Model, models, "model", diagnostics);
        }

        foreach (var model in data.Cases.Cases.SelectMany(c => c.Models))
        {
            CheckReference(model, models, "model", diagnostics);
        }

        foreach (var technique in data.Techniques.Techniques)
        {
            CheckTechnique(technique, diagnostics);
        }

        foreach (var model in data.Models.Models.Where(m => m.ParametersBillion <= 0))
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.RuleViolation,
                model.LocationOf("parameters_billion"),
                "`parameters_billion` must be greater than zero",
                "write the size in billions, e.g. 0.5 for a 500M model"));
        }
    }

    private static void CheckIds(IEnumerable<Entry> items, string what, DiagnosticBag diagnostics)
    {
        var first = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var id = ((IIdentified)item).Id;
            if (!IdPattern().IsMatch(id))
            {
                diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.RuleViolation,
                    item.LocationOf("id"),
                    $"the {what} id `{id}` is not a valid id",
                    "use lowercase letters, digits, `.`, `-` and `_`, e.g. `qwen2.5-0.5b-instruct`"));
            }

            if (!first.TryAdd(id, item))
            {
                diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.DuplicateId,
                    item.LocationOf("id"),
                    $"the {what} id `{id}` is already used",
                    $"first defined at {first[id].LocationOf("id")}; give this one another id"));
            }
        }
    }

    private static void CheckReference<T>(Ref<T> reference, IReadOnlyDictionary<string, T>? targets, string what, DiagnosticBag diagnostics)
        where T : IIdentified
    {
        if (targets is null || targets.ContainsKey(reference.Id))
        {
            return;
        }

        diagnostics.Add(Diagnostic.Error(
            DiagnosticCodes.DanglingReference,
            reference.Location,
            $"no {what} has the id `{reference.Id}`",
            Suggestions.DidYouMean(reference.Id, targets.Keys) ?? $"add it to the {what} list first"));
    }

    private static void CheckClaim(ClaimCheck claim, IReadOnlyDictionary<string, Source>? sources, DiagnosticBag diagnostics)
    {
        if (claim.Source is { } source)
        {
            CheckReference(source, sources, "source", diagnostics);
        }
        else if (claim.Status != ClaimStatus.Unconfirmed)
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.RuleViolation,
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
                DiagnosticCodes.RuleViolation,
                technique.LocationOf("category"),
                "a technique in `その他` needs a `class` (分類)",
                "e.g. `class: 蒸留`"));
        }

        if (technique.Category != TechniqueCategory.Other && technique.Difficulty is null)
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.RuleViolation,
                technique.LocationOf("category"),
                $"a `{EnumLabels.Of(technique.Category)}` technique needs a `difficulty` (導入難易度)",
                "one of `低`, `中`, `高`"));
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]*$")]
    private static partial Regex IdPattern();
}
