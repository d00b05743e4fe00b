using System.Text.RegularExpressions;

namespace SlmGuide.Cli.Tests;

public sealed partial class CliTests : IDisposable
{
    private readonly FixtureSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Build_succeeds_with_exit_code_0_and_writes_the_site()
    {
        var run = CliRun.Start("build", "--root", _site.Root);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("built ", run.Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(_site.Path("_site/index.html")));
    }

    [Fact]
    public void Build_timings_name_every_stage_in_order()
    {
        var run = CliRun.Start("build", "--root", _site.Root, "--timings");

        Assert.Equal(0, run.ExitCode);
        var stages = run.Stdout.Split('\n').Select(line => Regex.Match(line, @"^(?<stage>[a-z ]+?) +[0-9.]+ ms$")).Where(m => m.Success).Select(m => m.Groups["stage"].Value).ToList();
        Assert.Equal(["root", "load", "plan", "validate", "render"], stages.Take(5));
        Assert.Contains("sitemap", stages);
        Assert.Equal("swap", stages[^1]);
    }

    [Fact]
    public void Build_honours_out()
    {
        var target = _site.Path("elsewhere");
        var run = CliRun.Start("build", "--root", _site.Root, "--out", target);

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(target, "index.html")));
        Assert.False(Directory.Exists(_site.Path("_site")));
    }

    [Fact]
    public void Check_validates_without_writing()
    {
        var run = CliRun.Start("check", "--root", _site.Root, "--as-of", FixtureSite.Today);

        Assert.Equal(0, run.ExitCode);
        Assert.False(Directory.Exists(_site.Path("_site")));
    }

    [Fact]
    public void Check_lists_every_survey_table_with_rows_minimum_and_status()
    {
        File.WriteAllText(_site.Path("data/completeness.yaml"), "minimums:\n  - table: models\n    rows: 3\n");

        var run = CliRun.Start("check", "--root", _site.Root, "--as-of", FixtureSite.Today);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("data/completeness.yaml:3:5: warning C007:", run.Stderr, StringComparison.Ordinal);
        var table = run.Stdout.Split('\n').Select(line => line.TrimEnd()).ToList();
        Assert.Contains($"survey completeness ({SurveyTableCatalog.Ids.Count} tables):", table);
        Assert.Contains(table, line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries) is ["2.1", "models", "2", "3", "below-minimum", _]);
        Assert.Contains(table, line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries) is ["-", "survey-info", "1", "-", "complete", "調査基本情報"]);
    }

    [Theory]
    [InlineData("--as-of", "2026-02-30", "--as-of takes a real date written YYYY-MM-DD, not `2026-02-30`")]
    [InlineData("--as-of", "11/03/2026", "--as-of takes a real date written YYYY-MM-DD, not `11/03/2026`")]
    [InlineData("--max-age", "-1", "--max-age takes a number of days, 0 or more")]
    public void Check_refuses_a_malformed_freshness_option(string option, string value, string message)
    {
        var run = CliRun.Start("check", "--root", _site.Root, option, value);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.Stderr, StringComparison.Ordinal);
        Assert.False(run.ShowsStackTrace, run.Stderr);
    }

    [Fact]
    public void Bad_input_exits_1_with_located_diagnostics_and_no_stack_trace()
    {
        var models = _site.Path("data/survey/models.yaml");
        File.WriteAllText(models, File.ReadAllText(models).Replace("license:", "licence:", StringComparison.Ordinal).Replace("japanese: 公式対応", "japanese: はい", StringComparison.Ordinal));

        var run = CliRun.Start("build", "--root", _site.Root);

        Assert.Equal(1, run.ExitCode);
        Assert.False(run.ShowsStackTrace, run.Stderr);
        Assert.Matches(DiagnosticLine(), run.Stderr);
        Assert.Contains("data/survey/models.yaml:10:5: error D003: unknown key `licence` (did you mean `license`?)", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("error D006", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("failed: 2 errors", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_site.Path("_site")));
    }

    [Fact]
    public void Alias_bomb_is_rejected_with_a_diagnostic()
    {
        var lines = new List<string> { "a: &a [x, x, x, x, x, x, x, x, x, x]" };
        for (var level = 'b'; level <= 'z'; level++)
        {
            lines.Add($"{level}: &{level} [{string.Join(", ", Enumerable.Repeat($"*{(char)(level - 1)}", 10))}]");
        }

        File.WriteAllLines(_site.Path("data/survey/survey.yaml"), lines);
        var run = CliRun.Start("check", "--root", _site.Root, "--as-of", FixtureSite.Today);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("data/survey/survey.yaml:1:4: error Y003", run.Stderr, StringComparison.Ordinal);
        Assert.False(run.ShowsStackTrace);
    }

    [Fact]
    public void Full_width_colon_and_invalid_utf8_are_reported_clearly()
    {
        File.AppendAllText(_site.Path("data/survey/survey.yaml"), "ライセンス：MIT\n");
        File.WriteAllBytes(_site.Path("data/survey/outlook.yaml"), [.. "technology:\n  - text: "u8.ToArray(), 0xFF, (byte)'\n']);

        var run = CliRun.Start("check", "--root", _site.Root, "--as-of", FixtureSite.Today);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("data/survey/survey.yaml:9:1: error Y005", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("data/survey/outlook.yaml:2:11: error Y002", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Warnings_pass_unless_strict()
    {
        File.WriteAllText(_site.Path("data/survey/extra.yaml"), "x: 1\n");

        var lenient = CliRun.Start("check", "--root", _site.Root, "--as-of", FixtureSite.Today);
        var strict = CliRun.Start("check", "--root", _site.Root, "--strict", "--as-of", FixtureSite.Today);

        Assert.Equal(0, lenient.ExitCode);
        Assert.Contains("warning D008", lenient.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("--strict treats warnings as errors", strict.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_site_root_folders_exit_1()
    {
        var empty = Directory.CreateTempSubdirectory("slmguide-empty-").FullName;
        try
        {
            var run = CliRun.Start("build", "--root", empty);
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("error B001", run.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    [Fact]
    public void Check_json_reports_every_problem_with_its_place()
    {
        var models = _site.Path("data/survey/models.yaml");
        File.WriteAllText(models, File.ReadAllText(models).Replace("license:", "licence:", StringComparison.Ordinal));
        File.WriteAllText(_site.Path("content/draft.md"), "---\ntitle: 下書き\n---\n[結論を記入]\n\n[行き先](/nowhere/)\n");

        var run = CliRun.Start("check", "--root", _site.Root, "--format", "json", "--as-of", FixtureSite.Today);

        Assert.Equal(1, run.ExitCode);
        using var report = System.Text.Json.JsonDocument.Parse(run.Stdout);
        var rootElement = report.RootElement;
        Assert.Equal(1, rootElement.GetProperty("version").GetInt32());
        Assert.False(rootElement.GetProperty("ok").GetBoolean());
        Assert.Equal(2, rootElement.GetProperty("summary").GetProperty("errors").GetInt32());
        Assert.Equal(1, rootElement.GetProperty("summary").GetProperty("warnings").GetInt32());
        var found = rootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => $"{d.GetProperty("path").GetString()}:{d.GetProperty("line").GetInt32()}:{d.GetProperty("column").GetInt32()} {d.GetProperty("severity").GetString()} {d.GetProperty("code").GetString()}")
            .ToList();
        Assert.Equal(["content/draft.md:4:1 warning C006", "content/draft.md:6:1 error C005", "data/survey/models.yaml:10:5 error D003"], found);
        Assert.Contains("did you mean `license`?", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_with_refresh_bench_measures_the_suite_then_shows_the_results()
    {
        TinyBenchSuite.WriteInto(_site, engines: "[llama.cpp]", variants: "[Q8_0]");

        var run = CliRun.Start("build", "--root", _site.Root, "--refresh-bench");

        Assert.True(run.ExitCode == 0, run.Stderr + run.Stdout);

        // Redirected output gets the log form of the progress: run-wide steps and one line per finished job.
        Assert.Matches(@"(?m)^\[0/2\] measuring memory bandwidth$", run.Stdout);
        Assert.Matches(@"(?m)^\[1/2\] tiny measured \(\d\d:\d\d\)$", run.Stdout);
        Assert.Matches(@"(?m)^\[2/2\] tiny-q8_0 measured \(\d\d:\d\d\)$", run.Stdout);
        Assert.Matches(@"(?m)^│ tiny-q8_0 +│ Q8_0 +│ llama\.cpp +│ [^│\n]+│ \d+\.\d\d ± \d+\.\d\d +│ \d+\.\d\d ± \d+\.\d\d +│ [^│\n]+│ [^│\n]+│ measured +│$", run.Stdout);
        Assert.Single(Directory.EnumerateFiles(_site.Path("data/bench/results"), "*.json"));
        var page = File.ReadAllText(_site.Path("_site/tables/index.html"));
        Assert.Contains("tiny（合成モデル）", page, StringComparison.Ordinal);
        Assert.Contains("Q8_0", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Bench_measures_a_model_once_per_engine_and_engine_picks_one()
    {
        TinyBenchSuite.WriteInto(_site);

        var both = CliRun.Start("bench", "--root", _site.Root);
        var one = CliRun.Start("bench", "--root", _site.Root, "--engine", "llamasharp");

        Assert.True(both.ExitCode == 0, both.Stderr + both.Stdout);
        Assert.Matches(@"(?m)^\[1/2\] tiny \[llama\.cpp\] measured \(\d\d:\d\d\)$", both.Stdout);
        Assert.Matches(@"(?m)^\[2/2\] tiny \[LLamaSharp\] measured \(\d\d:\d\d\)$", both.Stdout);
        Assert.Matches(@"(?m)^│ tiny +│ F32 +│ LLamaSharp +│", both.Stdout);
        var results = File.ReadAllText(Assert.Single(Directory.EnumerateFiles(_site.Path("data/bench/results"), "*.json")));
        Assert.Contains("\"engine\": \"llama.cpp ", results, StringComparison.Ordinal);
        Assert.Matches(@"""engine"": ""LLamaSharp 0\.30\.0 \(llama\.cpp [0-9a-f]+, [a-z0-9]+/libllama\.so sha256:[0-9a-f]{12}\)""", results);
        Assert.True(one.ExitCode == 0, one.Stderr + one.Stdout);
        Assert.Matches(@"(?m)^\[1/1\] tiny cached \(\d\d:\d\d\)$", one.Stdout);
    }

    [Fact]
    public void Bench_refuses_an_engine_it_does_not_know()
    {
        var run = CliRun.Start("bench", "--root", _site.Root, "--engine", "vulkan");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("vulkan", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("llamasharp", run.Stderr, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^[^:\n]+:\d+:\d+: (error|warning) [A-Z]\d{3}: .+$", RegexOptions.Multiline)]
    private static partial Regex DiagnosticLine();
}
