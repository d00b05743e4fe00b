using SlmGuide.Data.Diagnostics;
using SlmGuide.Data.Validation;

namespace SlmGuide.Data.Tests;

/// <summary>
/// A row may cite a second source for some of its fields. That source is checked, listed and aged
/// like the row's own, and it may only back fields the row really shows.
/// </summary>
public sealed class FieldSourceTests : IDisposable
{
    private const string SecondSource = """

          - id: qwen-repo
            title: Qwen2.5-0.5B-Instruct repository page
            kind: 開発者リソース
            url: https://huggingface.co/Qwen/Qwen2.5-0.5B-Instruct/tree/main
            checked: 2026-12-01
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    // The fixture's model with `context_length` and extra row lines; line 13 is the first of `extra`.
    private static string ModelWith(string contextLength, string extra) =>
        SurveyFixture.Model.Replace("  features:", $"  context_length: {contextLength}\n    features:", StringComparison.Ordinal) + extra;

    private (Survey.SurveyData Data, IReadOnlyList<Diagnostic> Diagnostics) Load(string models) =>
        SurveyFixture.Load(_folder, ("sources.yaml", SurveyFixture.Sources + SecondSource), ("models.yaml", models));

    private static string Cites(string fields, string source = "qwen-repo", string checkedOn = "2026-12-01") => $"""

            field_sources:
              - fields: [{fields}]
                source: {source}
                checked: {checkedOn}
        """;

    [Fact]
    public void A_field_source_loads_and_its_source_counts_as_cited()
    {
        var (data, diagnostics) = Load(ModelWith("32768", Cites("context_length, license")));

        Assert.Empty(diagnostics);
        var fieldSource = Assert.Single(Assert.Single(data.Models.Models).FieldSources);
        Assert.Equal(["context_length", "license"], fieldSource.Fields);
        Assert.Equal(("qwen-repo", new DateOnly(2026, 12, 1)), (fieldSource.Source.Id, fieldSource.Checked));
        Assert.Contains("qwen-repo", data.Contents.CitedSourceIds());
        Assert.Equal(new DateOnly(2026, 12, 1), data.Contents.LatestCheck);
    }

    [Fact]
    public void A_field_source_citing_an_unknown_source_is_a_dangling_reference_at_its_line()
    {
        var (_, diagnostics) = Load(ModelWith("32768", Cites("context_length", source: "qwen-rpeo")));

        var d = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.DanglingReference, "data/survey/models.yaml", 15), (d.Code, d.Location.Path, d.Location.Line));
        Assert.Equal("did you mean `qwen-repo`?", d.Hint);
    }

    [Fact]
    public void A_name_that_is_not_a_fact_field_of_the_row_is_an_unknown_key_with_a_suggestion()
    {
        var (_, diagnostics) = Load(ModelWith("32768", Cites("context_lenght, checked")));

        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal((DiagnosticCodes.UnknownKey, 14), (d.Code, d.Location.Line)));
        Assert.Contains(diagnostics, d => d.Message.Contains("`context_lenght`", StringComparison.Ordinal) && d.Hint == "did you mean `context_length`?");
        Assert.Contains(diagnostics, d => d.Message == "`field_sources` names `checked`, which is not a fact field of this row");
    }

    [Fact]
    public void A_field_with_a_source_but_no_value_is_inconsistent()
    {
        var (_, diagnostics) = Load(SurveyFixture.Model + Cites("context_length"));

        var d = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.InconsistentFields, 13), (d.Code, d.Location.Line));
        Assert.Equal("`context_length` has a field source but no value", d.Message);
    }

    [Fact]
    public void A_field_with_a_source_cannot_also_be_unconfirmed_or_cited_twice()
    {
        var twice = Cites("license") + "\n      - fields: [license]\n        source: qwen-card\n        checked: 2026-12-01";
        var (_, diagnostics) = Load(ModelWith("32768", "\n    unconfirmed: [context_length]" + Cites("context_length") + twice.Replace("\n    field_sources:", string.Empty, StringComparison.Ordinal)));

        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.InconsistentFields && d.Message == "`context_length` has a field source but is listed as unconfirmed");
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.InconsistentFields && d.Message == "`license` already has a field source in this row");
    }

    [Fact]
    public void An_old_field_source_is_reported_stale_at_its_own_checked_line()
    {
        var (data, _) = Load(ModelWith("32768", Cites("context_length", checkedOn: "2025-01-01")));
        var stale = new DiagnosticBag();

        StaleFacts.Report(data.Contents, new DateOnly(2026, 12, 1), 365, stale);

        var d = Assert.Single(stale.Sorted);
        Assert.Equal((DiagnosticCodes.StaleFact, 16), (d.Code, d.Location.Line));
        Assert.StartsWith("checked 2025-01-01, 699 days before 2026-12-01", d.Message, StringComparison.Ordinal);
    }
}
