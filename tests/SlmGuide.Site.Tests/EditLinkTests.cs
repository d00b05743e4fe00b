namespace SlmGuide.Site.Tests;

/// <summary>Each Markdown page links to its own source file for edits when site.yaml names where sources are edited.</summary>
public sealed class EditLinkTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_content_page_links_to_the_edit_page_of_its_source_file()
    {
        var result = _site.Build(strict: true);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Contains("<a class=\"edit-link\" href=\"https://example.test/guide/edit/main/content/tables.md\" rel=\"noopener\">", _site.Read("tables/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("edit-link", _site.Read("models/model-a/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_edit_url_no_page_has_an_edit_link()
    {
        _site.Edit("data/site.yaml", "edit_url: https://example.test/guide/edit/main/\n", string.Empty);

        var result = _site.Build(strict: true);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.DoesNotContain("edit-link", _site.Read("tables/index.html"), StringComparison.Ordinal);
    }
}
