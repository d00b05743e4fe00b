using System.Text.Json;
using SlmGuide.Testing;

namespace SlmGuide.Cli.Tests;

/// <summary>`slmguide new`: a complete entry in the right place, nothing else in the file touched, and check pointing at what to fill in.</summary>
public sealed class NewCommandTests : IDisposable
{
    private readonly FixtureSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_new_model_goes_at_the_end_of_the_models_list_with_every_key()
    {
        var path = _site.Path("data/survey/models.yaml");
        var before = File.ReadAllText(path);

        var run = CliRun.Start("new", "model", "qwen3-4b", "--root", _site.Root);

        Assert.True(run.ExitCode == 0, run.Stderr);
        var after = File.ReadAllText(path);
        var added = AddedLines(before, after);
        Assert.Equal("  - id: qwen3-4b  # id（必須）", added[0]);
        Assert.Contains("japanese_evaluations:", after[after.IndexOf("qwen3-4b", StringComparison.Ordinal)..], StringComparison.Ordinal);
        foreach (var key in SchemaKeys("schemas/survey/models.schema.json", "models"))
        {
            Assert.Contains(added, line => line.TrimStart(' ', '-', '#').StartsWith($"{key}: ", StringComparison.Ordinal));
        }

        Assert.All(added, line => Assert.Contains("  # ", line, StringComparison.Ordinal));
    }

    [Fact]
    public void A_new_entry_is_a_draft_that_check_passes_over_and_check_drafts_points_into()
    {
        CliRun.Start("new", "case", "acme-line", "--root", _site.Root);
        var firstLine = File.ReadAllLines(_site.Path("data/survey/cases.yaml")).ToList().FindIndex(l => l.Contains("acme-line", StringComparison.Ordinal)) + 1;

        var check = CliRun.Start("check", "--root", _site.Root, "--as-of", FixtureSite.Today, "--format", "json");
        var checkDrafts = CliRun.Start("check", "--root", _site.Root, "--as-of", FixtureSite.Today, "--format", "json", "--drafts");

        Assert.Equal("    draft: true  # 下書き（任意）: true または false", File.ReadAllLines(_site.Path("data/survey/cases.yaml"))[firstLine]);
        Assert.True(check.ExitCode == 0, check.Stdout);
        Assert.Empty(Findings(check));
        Assert.True(checkDrafts.ExitCode == 0, checkDrafts.Stdout);
        var findings = Findings(checkDrafts);
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal(("data/survey/cases.yaml", "C006", "warning"), (f.Path, f.Code, f.Severity)));
        Assert.All(findings, f => Assert.InRange(f.Line, firstLine, firstLine + 20));
    }

    [Fact]
    public void A_draft_row_is_published_only_with_drafts_and_shows_what_it_still_waits_for()
    {
        CliRun.Start("new", "model", "acme-1b", "--root", _site.Root);
        var (plain, withDrafts) = BuildWithAndWithoutDrafts();

        Assert.False(Directory.Exists(Path.Combine(plain, "models", "acme-1b")));
        Assert.DoesNotContain("[モデル名を記入]", File.ReadAllText(Path.Combine(plain, "tables", "index.html")), StringComparison.Ordinal);
        var page = File.ReadAllText(Path.Combine(withDrafts, "models", "acme-1b", "index.html"));
        Assert.Contains("公開前の行です（記入待ち: 情報源、確認日、パラメータ数（10億））", page, StringComparison.Ordinal);
        var table = File.ReadAllText(Path.Combine(withDrafts, "tables", "index.html"));
        Assert.Contains("[モデル名を記入]</a> <span class=\"draft-badge\">下書き</span>", table, StringComparison.Ordinal);
        Assert.Contains("<span class=\"pending\">記入待ち</span>", table, StringComparison.Ordinal);
    }

    [Fact]
    public void A_draft_keeps_its_real_mistakes_and_a_published_row_cannot_lean_on_a_draft()
    {
        CliRun.Start("new", "model", "acme-1b", "--root", _site.Root);
        var path = _site.Path("data/survey/models.yaml");
        File.WriteAllLines(path, File.ReadAllLines(path).Select(line => line.TrimStart().StartsWith("# availability:", StringComparison.Ordinal) ? "    availability: 公開" : line));
        var cases = _site.Path("data/survey/cases.yaml");
        File.WriteAllText(cases, File.ReadAllText(cases).Replace("models: [model-a]", "models: [model-a, acme-1b]", StringComparison.Ordinal));

        var check = CliRun.Start("check", "--root", _site.Root, "--as-of", FixtureSite.Today, "--format", "json");
        var checkDrafts = CliRun.Start("check", "--root", _site.Root, "--as-of", FixtureSite.Today, "--format", "json", "--drafts");

        Assert.Contains(Findings(check), f => f.Path == "data/survey/cases.yaml" && f.Code == "R002");
        Assert.DoesNotContain(Findings(check), f => f.Code == "D006");
        Assert.Contains(Findings(checkDrafts), f => f.Path == "data/survey/models.yaml" && f.Code == "D006" && f.Severity == "error");
        Assert.DoesNotContain(Findings(checkDrafts), f => f.Code == "R002");
    }

    [Fact]
    public void An_id_that_exists_is_refused_and_the_file_is_left_alone()
    {
        var path = _site.Path("data/survey/models.yaml");
        var before = File.ReadAllText(path);

        var run = CliRun.Start("new", "model", "model-a", "--root", _site.Root);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("already has an entry `model-a`", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(path));
    }

    [Fact]
    public void A_new_page_is_a_draft_with_its_front_matter_and_is_not_created_twice()
    {
        var first = CliRun.Start("new", "page", "fine-tuning", "--root", _site.Root);
        var second = CliRun.Start("new", "page", "fine-tuning", "--root", _site.Root);
        var check = CliRun.Start("check", "--root", _site.Root, "--as-of", FixtureSite.Today);
        var checkDrafts = CliRun.Start("check", "--root", _site.Root, "--as-of", FixtureSite.Today, "--drafts");

        Assert.Equal(0, first.ExitCode);
        var text = File.ReadAllText(_site.Path("content/fine-tuning.md"));
        Assert.StartsWith("---\ntitle: \"[タイトルを記入]\"  # タイトル（必須）\n", text, StringComparison.Ordinal);
        Assert.Contains("\ndraft: true  # 下書き（任意）: true または false\n", text, StringComparison.Ordinal);
        Assert.Contains("# in_nav: true", text, StringComparison.Ordinal);
        Assert.Equal(1, second.ExitCode);
        Assert.Contains("content/fine-tuning.md already exists", second.Stderr, StringComparison.Ordinal);

        // A draft is not part of the site `check` and `build` look at; with --drafts its placeholders are listed.
        Assert.Equal(0, check.ExitCode);
        Assert.DoesNotContain("fine-tuning", check.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, checkDrafts.ExitCode);
        Assert.Contains("content/fine-tuning.md:2:9: warning C006", checkDrafts.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("error", checkDrafts.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_draft_page_is_built_only_with_drafts()
    {
        File.WriteAllText(_site.Path("content/later.md"), "---\ntitle: あとで公開する節\ndraft: true\n---\n書きかけの本文です。\n");
        var (plain, withDrafts) = BuildWithAndWithoutDrafts();

        Assert.False(File.Exists(Path.Combine(plain, "later", "index.html")));
        Assert.DoesNotContain("あとで公開する節", File.ReadAllText(Path.Combine(plain, "index.html")), StringComparison.Ordinal);
        Assert.Contains("書きかけの本文です。", File.ReadAllText(Path.Combine(withDrafts, "later", "index.html")), StringComparison.Ordinal);
        Assert.Contains("あとで公開する節", File.ReadAllText(Path.Combine(withDrafts, "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_dotted_id_is_taken_as_the_data_takes_it()
    {
        var run = CliRun.Start("new", "model", "qwen3-1.7b", "--root", _site.Root);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("  - id: qwen3-1.7b  # id（必須）", File.ReadAllText(_site.Path("data/survey/models.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_source_goes_at_the_end_of_the_sources_list()
    {
        var path = _site.Path("data/survey/sources.yaml");
        var before = File.ReadAllText(path);

        var run = CliRun.Start("new", "source", "qwen3-card", "--root", _site.Root);

        Assert.True(run.ExitCode == 0, run.Stderr);
        var added = AddedLines(before, File.ReadAllText(path));
        Assert.Equal("  - id: qwen3-card  # id（必須）", added[0]);
        foreach (var key in SchemaKeys("schemas/survey/sources.schema.json", "sources"))
        {
            Assert.Contains(added, line => line.TrimStart(' ', '-', '#').StartsWith($"{key}: ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_new_command_speaks_the_language_of_the_run()
    {
        var japanese = new Dictionary<string, string> { ["LANG"] = "ja_JP.UTF-8" };

        var added = CliRun.WithEnvironment(japanese, "new", "model", "acme-1b", "--root", _site.Root);
        var refused = CliRun.WithEnvironment(japanese, "new", "model", "acme-1b", "--root", _site.Root);
        var page = CliRun.WithEnvironment(japanese, "new", "page", "fine-tuning", "--root", _site.Root);

        Assert.StartsWith("モデル `acme-1b` を下書きとして data/survey/models.yaml の ", added.Stdout, StringComparison.Ordinal);
        Assert.Equal("new: data/survey/models.yaml にはすでに `acme-1b` があります (別の id にするか、今ある項目を編集してください)", refused.Stderr.Trim());
        Assert.StartsWith("content/fine-tuning.md（/fine-tuning/）を下書きとして作りました。", page.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_id_with_other_characters_is_refused()
    {
        var run = CliRun.Start("new", "model", "Qwen 3", "--root", _site.Root);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is not a valid id", run.Stderr, StringComparison.Ordinal);
    }

    // The site built twice, as `build` and as `build --drafts`, each into its own folder.
    private (string Plain, string WithDrafts) BuildWithAndWithoutDrafts()
    {
        var plain = _site.Path("plain");
        var withDrafts = _site.Path("with-drafts");
        var build = CliRun.Start("build", "--root", _site.Root, "--out", plain);
        var buildDrafts = CliRun.Start("build", "--root", _site.Root, "--out", withDrafts, "--drafts");
        Assert.True(build.ExitCode == 0, build.Stderr);
        Assert.True(buildDrafts.ExitCode == 0, buildDrafts.Stderr);
        return (plain, withDrafts);
    }

    private static List<(string? Path, int Line, string? Code, string? Severity)> Findings(CliRun run)
    {
        using var report = JsonDocument.Parse(run.Stdout);
        return [.. report.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => (d.GetProperty("path").GetString(), d.GetProperty("line").GetInt32(), d.GetProperty("code").GetString(), d.GetProperty("severity").GetString()))
            .Where(d => d.Item3 != "C009")];
    }

    // The file before and after must differ only by lines inserted in one place.
    private static List<string> AddedLines(string before, string after)
    {
        var old = before.Split('\n');
        var now = after.Split('\n');
        var start = 0;
        while (old[start] == now[start])
        {
            start++;
        }

        var added = now.Length - old.Length;
        Assert.Equal(old[start..], now[(start + added)..]);
        return [.. now[start..(start + added)]];
    }

    private static IEnumerable<string> SchemaKeys(string schema, string list)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestRepository.Root, schema)));
        return [.. document.RootElement.GetProperty("properties").GetProperty(list).GetProperty("items").GetProperty("properties").EnumerateObject().Select(p => p.Name)];
    }
}
