namespace SlmGuide.Site.Tests;

/// <summary>
/// Golden-file tests of rendered pages. When a change to the theme or renderer is intended, run
/// the tests with UPDATE_GOLDEN=1 and review the diff of tests/SlmGuide.Site.Tests/Golden/.
/// </summary>
public sealed class RenderingTests : IDisposable
{
    private readonly TestSite _site = new();

    public RenderingTests()
    {
        var result = _site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
    }

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("index.html", "home.html")]
    [InlineData("tables/index.html", "tables.html")]
    [InlineData("second/index.html", "second.html")]
    [InlineData("models/model-a/index.html", "model-a.html")]
    [InlineData("404.html", "404.html")]
    public void Page_matches_its_golden_file(string page, string golden)
    {
        var actual = _site.Read(page);
        var goldenPath = Path.Combine(TestSite.RepositoryRoot, "tests", "SlmGuide.Site.Tests", "Golden", golden);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(goldenPath)!);
            File.WriteAllText(goldenPath, actual);
        }

        Assert.Equal(File.ReadAllText(goldenPath), actual);
    }

    [Fact]
    public void Japanese_headings_keep_their_text_as_ids_and_stay_unique()
    {
        var html = _site.Read("tables/index.html");
        Assert.Contains("<h2 id=\"量子化技術\">量子化技術</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"量子化技術-1\">量子化技術</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#量子化技術\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_tables_footnotes_and_autolinks_render()
    {
        var html = _site.Read("second/index.html");
        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"footnotes\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.test/auto\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Site_relative_markdown_links_get_the_base_path_and_task_lists_render()
    {
        var html = _site.Read("second/index.html");
        Assert.Contains("<a href=\"/docs/tables/#%E9%87%8F%E5%AD%90%E5%8C%96%E6%8A%80%E8%A1%93\">", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.test/auto\">", html, StringComparison.Ordinal);
        Assert.Contains("type=\"checkbox\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_from_data_is_escaped_wherever_it_is_shown()
    {
        foreach (var page in new[] { "tables/index.html", "models/model-a/index.html" })
        {
            var html = _site.Read(page);
            Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Unconfirmed_fields_show_as_unconfirmed_and_above_7b_models_are_marked()
    {
        var html = _site.Read("tables/index.html");
        Assert.Contains("<span class=\"unconfirmed\">未確認</span>", html, StringComparison.Ordinal);
        Assert.Contains("8B（7B超）", html, StringComparison.Ordinal);
    }

    [Fact]
    public void References_list_only_cited_sources_grouped_by_kind()
    {
        var html = _site.Read("tables/index.html");
        Assert.Contains("テスト用論文A", html, StringComparison.Ordinal);
        Assert.DoesNotContain("引用されない情報源", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_respect_the_base_path_of_the_published_site()
    {
        var html = _site.Read("index.html");
        Assert.Contains("href=\"/docs/assets/site.css\"", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"canonical\" href=\"https://guide.example.test/docs/\">", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"ja\">", html, StringComparison.Ordinal);
    }
}
