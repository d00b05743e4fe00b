using System.Text.Json;

namespace SlmGuide.Cli.Tests;

/// <summary>
/// `check --format json`, one test per kind of problem: each breaks the clean fixture in one way
/// and reads back exactly one finding with its code, severity and place.
/// </summary>
public sealed class CheckReportTests : IDisposable
{
    private readonly FixtureSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_clean_site_reports_ok_and_every_table_complete()
    {
        var (exitCode, report) = Check();

        Assert.Equal(0, exitCode);
        Assert.True(report.GetProperty("ok").GetBoolean());
        Assert.Empty(report.GetProperty("diagnostics").EnumerateArray());
        var tables = report.GetProperty("completeness").EnumerateArray().ToList();
        Assert.Equal(SurveyTableCatalog.Ids, tables.Select(t => t.GetProperty("table").GetString()));
        Assert.All(tables, t => Assert.Equal("complete", t.GetProperty("status").GetString()));
    }

    [Fact]
    public void Yaml_syntax_error()
    {
        Append("data/survey/survey.yaml", "broken: [unclosed\n");

        AssertSingle(Check(), "error", "Y001", "data/survey/survey.yaml", 10, 1, "YAML syntax error");
    }

    [Fact]
    public void Unknown_key()
    {
        Replace("data/survey/models.yaml", "license:", "licence:");

        var report = Check();

        AssertSingle(report, "error", "D003", "data/survey/models.yaml", 10, 5, "unknown key `licence`");
        Assert.Equal("did you mean `license`?", Hint(report));
    }

    [Fact]
    public void Date_that_does_not_exist()
    {
        Replace("data/survey/models.yaml", "released: 2025-01-15", "released: 2025-02-30");

        AssertSingle(Check(), "error", "D004", "data/survey/models.yaml", 7, 15, "2025-02-30");
    }

    [Fact]
    public void Reference_to_a_missing_id()
    {
        Replace("data/survey/models.yaml", "  - model: model-a", "  - model: model-z");

        AssertSingle(Check(), "error", "R002", "data/survey/models.yaml", 27, 12, "model-z");
    }

    [Fact]
    public void Link_to_a_missing_page()
    {
        Append("content/second.md", "\n[どこにもない](/nowhere/)\n");

        AssertSingle(Check(), "error", "C005", "content/second.md", 18, 1, "/nowhere/");
    }

    [Fact]
    public void Link_to_a_missing_japanese_anchor()
    {
        Append("content/second.md", "\n[消えた見出し](/tables/#存在しない見出し)\n");

        AssertSingle(Check(), "error", "C005", "content/second.md", 18, 1, "#存在しない見出し");
    }

    [Fact]
    public void Placeholder_left_from_the_template()
    {
        Append("content/second.md", "\n発表日: YYYY-MM-DD\n");

        AssertSingle(Check(), "warning", "C006", "content/second.md", 18, 6, "YYYY-MM-DD");
    }

    [Fact]
    public void Table_below_its_minimum()
    {
        File.WriteAllText(_site.Path("data/completeness.yaml"), "minimums:\n  - table: models\n    rows: 3\n");

        var report = Check();

        AssertSingle(report, "warning", "C007", "data/completeness.yaml", 3, 5, "has 2 rows, below its minimum of 3");
        var models = report.Report.GetProperty("completeness").EnumerateArray().Single(t => t.GetProperty("table").GetString() == "models");
        Assert.Equal("below-minimum", models.GetProperty("status").GetString());
        Assert.Equal(3, models.GetProperty("minimum").GetInt32());
        Assert.Equal(2, models.GetProperty("rows").GetInt32());
    }

    [Fact]
    public void Empty_table()
    {
        Replace("data/survey/outlook.yaml", "market:\n  - text: テスト用の市場予測\n    source: news-a\n    checked: 2026-11-03\n", "market: []\n");

        var report = Check();

        AssertSingle(report, "warning", "C008", "data/survey/", 1, 1, "`outlook-market`");
        Assert.Contains(report.Report.GetProperty("completeness").EnumerateArray(), t => t.GetProperty("status").GetString() == "empty");
    }

    [Fact]
    public void Unknown_table_in_the_minimums()
    {
        File.WriteAllText(_site.Path("data/completeness.yaml"), "minimums:\n  - table: modles\n    rows: 1\n");

        var report = Check();

        AssertSingle(report, "error", "C010", "data/completeness.yaml", 2, 5, "`modles`");
        Assert.Equal("did you mean `models`?", Hint(report));
    }

    [Fact]
    public void Minimum_below_one_row()
    {
        File.WriteAllText(_site.Path("data/completeness.yaml"), "minimums:\n  - { table: models, rows: 0 }\n");

        AssertSingle(Check(), "error", "D010", "data/completeness.yaml", 2, 22, "a minimum must be at least 1 row");
    }

    [Fact]
    public void Table_with_two_minimums()
    {
        File.WriteAllText(_site.Path("data/completeness.yaml"), "minimums:\n  - { table: models, rows: 1 }\n  - { table: models, rows: 2 }\n");

        AssertSingle(Check(), "error", "R001", "data/completeness.yaml", 3, 7, "already has a minimum at line 2");
    }

    [Fact]
    public void Negative_stale_after_days()
    {
        Replace("data/site.yaml", "stale_after_days: 2", "stale_after_days: -2");

        AssertSingle(Check(), "error", "D010", "data/site.yaml", 5, 1, "cannot be negative");
    }

    [Fact]
    public void Stale_fact()
    {
        Replace("data/survey/outlook.yaml", "checked: 2026-11-01", "checked: 2025-01-01");

        AssertSingle(Check(), "warning", "C009", "data/survey/outlook.yaml", 4, 5, "checked 2025-01-01, 671 days before 2026-11-03");
    }

    [Fact]
    public void Max_age_and_as_of_come_from_the_command_line()
    {
        var (exitCode, report) = Check("--as-of", "2026-11-04", "--max-age", "2");

        Assert.Equal(0, exitCode);
        var stale = report.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(9, stale.Count);
        Assert.All(stale, d => Assert.Equal("C009", d.GetProperty("code").GetString()));
    }

    // A layout that fails to parse was also reported as missing (T003) for every page using it.
    [Fact]
    public void Template_syntax_error_is_reported_once_at_the_template()
    {
        Append("theme/layouts/page.html", "\n{{ if }}\n");

        var (exitCode, report) = Check();

        Assert.Equal(1, exitCode);
        var findings = report.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, f =>
        {
            Assert.Equal("T001", f.GetProperty("code").GetString());
            Assert.Equal("theme/layouts/page.html", f.GetProperty("path").GetString());
            Assert.Equal(11, f.GetProperty("line").GetInt32());
        });
    }

    private (int ExitCode, JsonElement Report) Check(params string[] extra)
    {
        var arguments = new[] { "check", "--root", _site.Root, "--format", "json" }.Concat(extra.Contains("--as-of") ? [] : ["--as-of", FixtureSite.Today]).Concat(extra);
        var run = CliRun.Start([.. arguments]);
        Assert.False(run.ShowsStackTrace, run.Stderr);
        using var document = JsonDocument.Parse(run.Stdout);
        return (run.ExitCode, document.RootElement.Clone());
    }

    private static void AssertSingle((int ExitCode, JsonElement Report) check, string severity, string code, string path, int line, int column, string messagePart)
    {
        var finding = Assert.Single(check.Report.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(severity == "error" ? 1 : 0, check.ExitCode);
        Assert.Equal(severity, finding.GetProperty("severity").GetString());
        Assert.Equal(code, finding.GetProperty("code").GetString());
        Assert.Equal(path, finding.GetProperty("path").GetString());
        Assert.Equal(line, finding.GetProperty("line").GetInt32());
        Assert.Equal(column, finding.GetProperty("column").GetInt32());
        Assert.Contains(messagePart, finding.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private static string? Hint((int ExitCode, JsonElement Report) check) =>
        check.Report.GetProperty("diagnostics")[0].GetProperty("hint").GetString();

    private void Append(string relative, string text) => File.AppendAllText(_site.Path(relative), text);

    private void Replace(string relative, string find, string replace)
    {
        var text = File.ReadAllText(_site.Path(relative));
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(_site.Path(relative), text.Replace(find, replace, StringComparison.Ordinal));
    }
}
