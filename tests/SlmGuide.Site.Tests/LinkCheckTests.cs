using SlmGuide.Data.Diagnostics;

namespace SlmGuide.Site.Tests;

/// <summary>Links authors write between pages: a missing page or anchor is an error at the link's line.</summary>
public sealed class LinkCheckTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private IReadOnlyList<Diagnostic> Broken(string markdownBody)
    {
        _site.Write("content/links.md", $"---\ntitle: リンク\n---\n{markdownBody}\n");
        return [.. _site.Build().Diagnostics.Where(d => d.Code == DiagnosticCodes.BrokenLink)];
    }

    [Fact]
    public void Working_links_pass_including_japanese_anchors_tables_models_and_generated_files()
    {
        var broken = Broken(string.Join("\n\n",
            "[見出し](/tables/#量子化技術)",
            "[符号化済み](/tables/#%E9%87%8F%E5%AD%90%E5%8C%96%E6%8A%80%E8%A1%93)",
            "[表](/tables/#table-models)",
            "[モデル](/models/model-a/)",
            "[CSV](/data/tables/models.csv)",
            "[相対](../second/)",
            "[外部](https://example.test/x)",
            "## 自分の見出し",
            "[同じページ](#自分の見出し)"));

        Assert.Empty(broken);
    }

    [Fact]
    public void Links_into_what_the_output_steps_publish_pass()
    {
        var broken = Broken(string.Join("\n\n",
            "[フィード](/feed.xml)",
            "[サイトマップ](/sitemap.xml)",
            "[robots](/robots.txt)",
            "[データ](/data/models.json)",
            "[CSS](/assets/site.css)",
            "[404](/404.html)"));

        Assert.Empty(broken);
    }

    [Fact]
    public void A_link_to_the_feed_is_broken_while_the_feed_step_has_nothing_to_publish()
    {
        _site.Write("data/changelog.yaml", "changes: []\n");

        var d = Assert.Single(Broken("[フィード](/feed.xml)"));
        Assert.Contains("`/feed.xml`", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_page_is_reported_at_the_link()
    {
        var d = Assert.Single(Broken("本文\n\n[消えた章](/no-such-page/)"));
        Assert.Equal("content/links.md:6:1", d.Location.ToString());
        Assert.True(d.IsError);
    }

    [Fact]
    public void Missing_japanese_anchor_is_reported()
    {
        var d = Assert.Single(Broken("[古い見出し](/tables/#蒸留技術)"));
        Assert.Contains("#蒸留技術", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_link_without_trailing_slash_says_how_to_fix_it()
    {
        var d = Assert.Single(Broken("[二つ目](/second)"));
        Assert.Contains("`/second/`", d.Message, StringComparison.Ordinal);
    }
}
