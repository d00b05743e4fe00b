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
    public void A_new_page_has_its_front_matter_and_is_not_created_twice()
    {
        var first = CliRun.Start("new", "page", "fine-tuning", "--root", _site.Root);
        var second = CliRun.Start("new", "page", "fine-tuning", "--root", _site.Root);
        var check = CliRun.Start("check", "--root", _site.Root, "--as-of", FixtureSite.Today);

        Assert.Equal(0, first.ExitCode);
        var text = File.ReadAllText(_site.Path("content/fine-tuning.md"));
        Assert.StartsWith("---\ntitle: \"[タイトルを記入]\"  # タイトル（必須）\n", text, StringComparison.Ordinal);
        Assert.Contains("# in_nav: true", text, StringComparison.Ordinal);
        Assert.Equal(1, second.ExitCode);
        Assert.Contains("content/fine-tuning.md already exists", second.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("content/fine-tuning.md:2:9: warning C006", check.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("content/fine-tuning.md:3:", check.Stderr, StringComparison.Ordinal);
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
