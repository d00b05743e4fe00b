using SlmGuide.Data.Diagnostics;

namespace SlmGuide.Data.Tests;

/// <summary>Scores of a Japanese evaluation cite their own source, which is checked and listed like a row's.</summary>
public sealed class BenchmarkScoreTests : IDisposable
{
    private const string SecondSource = """

          - id: sb-table
            title: SB Intuitions comparison table
            kind: 開発者リソース
            url: https://huggingface.co/sbintuitions/sarashina2.2-3b-instruct-v0.1
            checked: 2026-12-01
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Evaluation(string scoreSource) => SurveyFixture.Model + $"""

        japanese_evaluations:
          - model: qwen2.5-0.5b-instruct
            performance: 日本語MT-Benchで2.95
            tasks: 対話
            scores:
              - benchmark: Japanese MT-Bench
                score: 2.95
                measured_by: SB Intuitions
                source: {scoreSource}
            source: qwen-card
            checked: 2026-12-01
        """;

    [Fact]
    public void Score_loads_as_a_number_with_its_setting()
    {
        var (data, diagnostics) = SurveyFixture.Load(_folder, ("sources.yaml", SurveyFixture.Sources + SecondSource), ("models.yaml", Evaluation("sb-table")));

        Assert.Empty(diagnostics);
        var score = Assert.Single(Assert.Single(data.Models.JapaneseEvaluations).Scores);
        Assert.Equal(("Japanese MT-Bench", 2.95, "SB Intuitions", "sb-table"), (score.Benchmark, score.Score, score.MeasuredBy, score.Source.Id));
    }

    [Fact]
    public void Source_cited_only_by_a_score_counts_as_cited()
    {
        var (data, _) = SurveyFixture.Load(_folder, ("sources.yaml", SurveyFixture.Sources + SecondSource), ("models.yaml", Evaluation("sb-table")));

        Assert.Contains("sb-table", data.Contents.CitedSourceIds());
    }

    [Fact]
    public void Score_citing_an_unknown_source_is_a_dangling_reference_at_its_line()
    {
        var (_, diagnostics) = SurveyFixture.Load(_folder, ("sources.yaml", SurveyFixture.Sources), ("models.yaml", Evaluation("qwen-crad")));

        var d = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.DanglingReference);
        Assert.Equal("data/survey/models.yaml", d.Location.Path);
        Assert.Equal(20, d.Location.Line);
        Assert.Equal("did you mean `qwen-card`?", d.Hint);
    }
}
