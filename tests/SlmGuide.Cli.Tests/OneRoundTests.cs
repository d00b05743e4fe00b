namespace SlmGuide.Cli.Tests;

/// <summary>
/// Every problem of a run is in its one report: the references of a row dropped for another
/// error are still checked, one typo is one error, and a dropped row's id is not then called
/// missing by the rows that point at it.
/// </summary>
public sealed class OneRoundTests : IDisposable
{
    private readonly FixtureSite _site = new();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("check")]
    [InlineData("build")]
    public void A_typo_a_bad_date_and_a_dangling_source_come_in_one_run(string verb)
    {
        var models = _site.Path("data/survey/models.yaml");
        var text = File.ReadAllText(models);
        text = text.Replace("    name: \"テストモデルA", "    nmae: \"テストモデルA", StringComparison.Ordinal);
        text = text.Replace("released: 2025-01-15", "released: 2025-13-45", StringComparison.Ordinal);
        text = text.Replace("    url: https://example.test/model-b\n    source: card-a", "    url: https://example.test/model-b\n    source: card-zz", StringComparison.Ordinal);
        File.WriteAllText(models, text);

        var run = verb == "check"
            ? CliRun.Start(verb, "--root", _site.Root, "--as-of", FixtureSite.Today)
            : CliRun.Start(verb, "--root", _site.Root);

        Assert.Equal(1, run.ExitCode);
        var lines = run.Stderr.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal(
            [
                "data/survey/models.yaml:3:5: error D003: unknown key `nmae` (did you mean `name`?)",
                "data/survey/models.yaml:7:15: error D004: `2025-13-45` is not a valid date (write a real date as YYYY-MM-DD, e.g. 2025-05-22)",
                "data/survey/models.yaml:23:13: error R002: no source has the id `card-zz` (did you mean `card-a`?)",
                "failed: 3 errors, 0 warnings",
            ],
            lines.Where(line => !line.StartsWith("building", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_dangling_source_in_a_row_with_another_error_is_reported_too()
    {
        var models = _site.Path("data/survey/models.yaml");
        var text = File.ReadAllText(models)
            .Replace("released: 2025-01-15", "released: 2025-01-32", StringComparison.Ordinal)
            .Replace("    japanese: 公式対応\n    source: card-a", "    japanese: 公式対応\n    source: crad-a", StringComparison.Ordinal);
        File.WriteAllText(models, text);

        var run = CliRun.Start("check", "--root", _site.Root, "--as-of", FixtureSite.Today);

        Assert.Contains("data/survey/models.yaml:7:15: error D004:", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("data/survey/models.yaml:12:13: error R002: no source has the id `crad-a` (did you mean `card-a`?)", run.Stderr, StringComparison.Ordinal);

        // The evaluation of the dropped model-a points at an id that exists in the file: not a second error.
        Assert.DoesNotContain("`model-a`", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("failed: 2 errors, 0 warnings", run.Stderr, StringComparison.Ordinal);
    }
}
