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
    public void Check_points_at_each_value_still_to_fill_in()
    {
        CliRun.Start("new", "case", "acme-line", "--root", _site.Root);
        var firstLine = File.ReadAllLines(_site.Path("data/survey/cases.yaml")).ToList().FindIndex(l => l.Contains("acme-line", StringComparison.Ordinal)) + 1;

        var check = CliRun.Start("check", "--root", _site.Root, "--as-of", FixtureSite.Today, "--format", "json");

        Assert.Equal(1, check.ExitCode);
        using var report = JsonDocument.Parse(check.Stdout);
        var findings = report.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => (Path: d.GetProperty("path").GetString(), Line: d.GetProperty("line").GetInt32(), Code: d.GetProperty("code").GetString()))
            .ToList();
        Assert.All(findings, f => Assert.Equal("data/survey/cases.yaml", f.Path));
        Assert.All(findings, f => Assert.InRange(f.Line, firstLine, firstLine + 20));
        Assert.Contains(findings, f => f.Code == "C006");
        Assert.Contains(findings, f => f.Code == "D006");
        Assert.Contains(findings, f => f.Code == "D004");
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
        var plain = _site.Path("plain");
        var withDrafts = _site.Path("with-drafts");

        var build = CliRun.Start("build", "--root", _site.Root, "--out", plain);
        var buildDrafts = CliRun.Start("build", "--root", _site.Root, "--out", withDrafts, "--drafts");

        Assert.True(build.ExitCode == 0, build.Stderr);
        Assert.True(buildDrafts.ExitCode == 0, buildDrafts.Stderr);
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
    public void An_id_with_other_characters_is_refused()
    {
        var run = CliRun.Start("new", "model", "Qwen 3", "--root", _site.Root);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is not a valid id", run.Stderr, StringComparison.Ordinal);
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
