using SlmGuide.Data.Diagnostics;
using SlmGuide.Data.Survey;
using SlmGuide.Data.Validation;
using SlmGuide.Data.Yaml;

namespace SlmGuide.Data.Tests.Walking;

/// <summary>
/// A list the product has never heard of gets the same checks as every other: its dangling
/// source, its old `checked` date and its unknown `unconfirmed` entry are each reported at their line.
/// </summary>
public sealed class NewListTests : IDisposable
{
    private const string Gadgets = """
        gadgets:
          - name: 試作機
            source: no-such-source
            checked: 1999-01-01
            unconfirmed: [no_such_field]
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_new_list_reports_its_bad_source_its_stale_date_and_its_unknown_unconfirmed_field()
    {
        var contents = Load();
        var diagnostics = new DiagnosticBag();

        SurveyValidator.Validate(contents, diagnostics);
        StaleFacts.Report(contents, new DateOnly(2026, 11, 23), maxAgeDays: 365, diagnostics);

        Assert.Equal(
            [
                "data/survey/gadgets.yaml:3:13: error R002: no source has the id `no-such-source` (add it to the source list first)",
                "data/survey/gadgets.yaml:4:5: warning C009: checked 1999-01-01, 10188 days before 2026-11-23; the limit is 365 days (check the fact against its source again, then update `checked`)",
                "data/survey/gadgets.yaml:5:5: error D003: `unconfirmed` names `no_such_field`, which is not a field of this row (name a field of this row)",
            ],
            diagnostics.Sorted.Select(d => d.ToString()));
    }

    [Fact]
    public void A_new_list_counts_towards_the_latest_check_and_the_cited_sources()
    {
        var contents = Load();

        Assert.Equal(new DateOnly(1999, 1, 1), contents.LatestCheck);
        Assert.Contains("no-such-source", contents.CitedSourceIds());
    }

    private SurveyContents Load()
    {
        var diagnostics = new DiagnosticBag();
        var sources = YamlFileBinder.Bind<SourcesFile>(_folder.Write("data/survey/sources.yaml", SurveyFixture.Sources), "data/survey/sources.yaml", diagnostics)!;
        var gadgets = YamlFileBinder.Bind<GadgetsFile>(_folder.Write("data/survey/gadgets.yaml", Gadgets), "data/survey/gadgets.yaml", diagnostics)!;
        Assert.Empty(diagnostics.Sorted);
        return SurveyContents.Of([sources, gadgets], []);
    }
}
