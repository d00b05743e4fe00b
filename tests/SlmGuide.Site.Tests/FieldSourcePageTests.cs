namespace SlmGuide.Site.Tests;

/// <summary>A field read on another page than its row's source shows that page where the reader sees the value.</summary>
public sealed class FieldSourcePageTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void The_cell_and_the_model_page_cite_the_field_source()
    {
        _site.Edit(
            "data/survey/models.yaml",
            "    checked: 2026-11-02\n  - id: model-b\n",
            "    checked: 2026-11-02\n    field_sources:\n      - fields: [context_length, license]\n        source: never-cited\n        checked: 2026-11-05\n  - id: model-b\n");

        var result = _site.Build(strict: true);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var model = _site.Read("models/model-a/index.html");
        Assert.Contains("情報源（コンテキスト長・ライセンス）", model, StringComparison.Ordinal);
        Assert.Contains("https://example.test/unused", model, StringComparison.Ordinal);
        Assert.Contains("（確認日 2026-11-05）", model, StringComparison.Ordinal);
        var tables = _site.Read("tables/index.html");
        Assert.Matches("32,768<sup class=\"note-ref\"><a href=\"#models-src-\\d+\">\\[\\d+\\]</a></sup>", tables);
        var papers = tables[tables.IndexOf("id=\"table-references-papers\"", StringComparison.Ordinal)..];
        Assert.Contains("引用されない情報源", papers[..papers.IndexOf("</table>", StringComparison.Ordinal)], StringComparison.Ordinal);
    }
}
