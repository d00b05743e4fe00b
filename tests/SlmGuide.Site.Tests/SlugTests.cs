using SlmGuide.Data.Diagnostics;

namespace SlmGuide.Site.Tests;

/// <summary>
/// A slug is one URL segment: one that climbs or reaches into another folder is an error at its
/// line, nothing is written anywhere, and two spellings of one URL are one URL.
/// </summary>
public sealed class SlugTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("../../../../../../../../tmp/slmguide-slug-escape")]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("a/b")]
    [InlineData("a\\\\b")]
    [InlineData("\"a b\"")]
    public void A_slug_that_is_not_one_plain_segment_is_an_error_at_its_line(string slug)
    {
        _site.Write("content/notes/page.md", $"---\ntitle: 子ページ\nslug: {slug}\n---\n本文です。\n");

        var result = _site.Build();

        Assert.False(result.Succeeded);
        var problem = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.BadFormat);
        Assert.Equal("content/notes/page.md:3:1", problem.Location.ToString());
        Assert.False(Directory.Exists(_site.Output));
        Assert.False(Directory.Exists("/tmp/slmguide-slug-escape"));
    }

    [Fact]
    public void A_plain_slug_names_the_page_inside_its_folder()
    {
        _site.Write("content/notes/page.md", "---\ntitle: 子ページ\nslug: 量子化メモ\n---\n本文です。\n");

        Assert.True(_site.Build().Succeeded);

        Assert.True(File.Exists(Path.Combine(_site.Output, "notes", "量子化メモ", "index.html")));
    }

    [Theory]
    [InlineData("SECOND")]
    [InlineData("second")]
    public void Two_spellings_of_one_url_are_one_url(string slug)
    {
        _site.Write("content/other.md", $"---\ntitle: 別のページ\nslug: {slug}\n---\n本文です。\n");

        var result = _site.Build();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.DuplicatePageUrl);
    }
}
