namespace SlmGuide.Cli.Tests;

/// <summary>
/// A control character, a noncharacter or a lone surrogate in any text of the site (a data file,
/// the suite, front matter or a page's body) is a Y008 error where it was written, whether typed
/// raw or made by a YAML escape; it is never published.
/// </summary>
public sealed class ControlCharacterTests : IDisposable
{
    private readonly FixtureSite _site = new();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("data/site.yaml", "title: \"ガイド\\0\"\n", "data/site.yaml:1:8", "U+0000")]
    [InlineData("data/site.yaml", "title: ガイド\u0001\n", "data/site.yaml:1:11", "U+0001")]
    [InlineData("data/changelog.yaml", "changes:\n  - date: 2026-11-01\n    title: \"公開\\x0B\"\n", "data/changelog.yaml:3:12", "U+000B")]
    [InlineData("data/changelog.yaml", "changes:\n  - date: 2026-11-01\n    title: \"公開\\uFFFF\"\n", "data/changelog.yaml:3:12", "U+FFFF")]
    [InlineData("data/changelog.yaml", "changes:\n  - date: 2026-11-01\n    title: 公開\u007F\n", "data/changelog.yaml:3:14", "U+007F")]
    [InlineData("data/changelog.yaml", "changes:\n  - date: 2026-11-01\n    title: 公開\u0085です\n", "data/changelog.yaml:3:14", "U+0085")]
    [InlineData("data/bench/suite.yaml", "quality_text: \"data/\\x1Bq.md\"\nmodels: []\n", "data/bench/suite.yaml:1:15", "U+001B")]
    [InlineData("content/extra.md", "---\ntitle: \"題\\x01\"\n---\n本文\n", "content/extra.md:2:8", "U+0001")]
    [InlineData("content/extra.md", "---\ntitle: 題\n---\n本文\u0000の途中\n", "content/extra.md:4:3", "U+0000")]
    [InlineData("content/extra.md", "---\ntitle: 題\n---\n\n本文\u009Bです\n", "content/extra.md:5:3", "U+009B")]
    public void Is_an_error_at_its_line_and_column(string file, string text, string location, string character)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_site.Path(file))!);
        File.WriteAllText(_site.Path(file), text);

        var run = CliRun.Start("check", "--root", _site.Root, "--as-of", FixtureSite.Today);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{location}: error Y008: the text holds the invisible character {character}", run.Stderr, StringComparison.Ordinal);
        Assert.False(run.ShowsStackTrace, run.Stderr);
    }

    [Fact]
    public void A_model_name_with_one_is_not_published()
    {
        var models = _site.Path("data/survey/models.yaml");
        File.WriteAllText(models, File.ReadAllText(models).Replace("name: \"テストモデルA", "name: \"テスト\\u0007モデルA", StringComparison.Ordinal));
        var output = _site.Path("out");

        var run = CliRun.Start("build", "--root", _site.Root, "--out", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("data/survey/models.yaml:3:11: error Y008:", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Tabs_line_breaks_and_paired_surrogates_are_text()
    {
        File.WriteAllText(_site.Path("content/extra.md"), "---\ntitle: \"題\\t😀\"\n---\r\n本文\tと絵文字 😀\r\n");

        var run = CliRun.Start("check", "--root", _site.Root, "--as-of", FixtureSite.Today);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("Y008", run.Stderr, StringComparison.Ordinal);
    }
}
