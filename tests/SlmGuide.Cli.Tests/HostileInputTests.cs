namespace SlmGuide.Cli.Tests;

/// <summary>
/// Inputs built to break the reader rather than to be read: Markdown nested past any sense and
/// symbolic links that lead nowhere. Each is a coded error naming the file, never an internal error.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly FixtureSite _site = new();

    public void Dispose() => _site.Dispose();

    // Each body starts on line 4 of its file, after a three-line front matter.
    public static TheoryData<string, string, int> DeepBodies() => new()
    {
        { "100,000 quotes", "前置き\n\n" + new string('>', 100_000) + " 引用\n", 6 },
        { "a 64-level list", "前置き\n\n" + string.Concat(Enumerable.Range(0, 64).Select(level => new string(' ', 2 * level) + "- 項目\n")), 69 },
        { "quotes and lists in turn", "前置き\n\n後の段落\n\n" + string.Concat(Enumerable.Repeat("> - ", 100)) + "項目\n", 8 },
    };

    [Theory]
    [MemberData(nameof(DeepBodies))]
    public void Deeply_nested_markdown_is_an_error_at_its_line(string shape, string body, int line)
    {
        File.WriteAllText(_site.Path("content/deep.md"), $"---\ntitle: {shape}\n---\n{body}");

        var run = CliRun.Start("build", "--root", _site.Root, "--out", _site.Path("out"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"content/deep.md:{line}:1: error C011: the Markdown is nested more than 128 levels deep", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Stderr, StringComparison.Ordinal);
        Assert.False(run.ShowsStackTrace, run.Stderr);
        Assert.False(Directory.Exists(_site.Path("out")));
    }

    [Theory]
    [InlineData("content/gone.md", "missing.md", "points at nothing")]
    [InlineData("content/notes/self.md", "self.md", "leads back to itself")]
    [InlineData("data/survey/extra.yaml", "../../nowhere/extra.yaml", "points at nothing")]
    [InlineData("data/changelog.yaml", "changelog.yaml", "leads back to itself")]
    [InlineData("theme/layouts/extra.html", "/nonexistent/extra.html", "points at nothing")]
    public void A_link_that_leads_nowhere_is_an_error_naming_it(string link, string target, string problem)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_site.Path(link))!);
        File.Delete(_site.Path(link));
        File.CreateSymbolicLink(_site.Path(link), target);

        var run = CliRun.Start("check", "--root", _site.Root, "--as-of", FixtureSite.Today);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{link}:1:1: error B004: the symbolic link `{link}` → `{target}` {problem}", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Stderr, StringComparison.Ordinal);
        Assert.False(run.ShowsStackTrace, run.Stderr);
    }

    [Fact]
    public void A_link_to_a_real_file_is_read_as_that_file()
    {
        File.Move(_site.Path("content/second.md"), _site.Path("second-original.md"));
        File.CreateSymbolicLink(_site.Path("content/second.md"), _site.Path("second-original.md"));

        var run = CliRun.Start("check", "--root", _site.Root, "--as-of", FixtureSite.Today);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("B004", run.Stderr, StringComparison.Ordinal);
    }
}
