using SlmGuide.Site.Markdown;

namespace SlmGuide.Site.Tests;

/// <summary>Each thread reuses one Markdig renderer across pages; no page may see another's state.</summary>
public sealed class MarkdownRendererTests
{
    private const string Footnoted = "# 見出し\n\n本文[^1] と [内部リンク](/models/)。\n\n| A | B |\n|---|---:|\n| 1 | 2 |\n\n[^1]: 脚注。\n";
    private const string Other = "## 別の見出し\n\n- [x] 済み\n- 箇条書き[^a]\n\n[^a]: 別の脚注。\n\n{{< table \"models\" >}}\n";

    private static string Render(string markdown, string prefix) =>
        MarkdownRenderer.Render(MarkdownRenderer.Parse(markdown), block => $"<table id=\"{block.TableId}\"></table>", url => prefix + url);

    [Theory]
    [InlineData("NOTE", "note", "メモ")]
    [InlineData("TIP", "tip", "ヒント")]
    [InlineData("IMPORTANT", "important", "重要")]
    [InlineData("WARNING", "warning", "警告")]
    [InlineData("CAUTION", "caution", "注意")]
    public void A_GitHub_alert_renders_as_a_styled_box_with_a_Japanese_title(string kind, string css, string title)
    {
        var html = Render($"> [!{kind}]\n> 量子化の前に**元のモデル**を保存してください。\n", "");

        Assert.Equal(
            $"<div class=\"markdown-alert markdown-alert-{css}\">\n<p class=\"markdown-alert-title\">{title}</p>\n<p>量子化の前に<strong>元のモデル</strong>を保存してください。</p>\n</div>\n",
            html);
    }

    [Fact]
    public void A_plain_quote_stays_a_quote()
    {
        Assert.StartsWith("<blockquote>", Render("> [!NOTES] 引用です。\n", ""), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_renders_the_same_after_other_pages_on_the_same_thread_as_on_a_new_one()
    {
        var onNewThread = await Task.Factory.StartNew(() => Render(Footnoted, "/guide"), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        var first = Render(Footnoted, "/guide");
        var other = Render(Other, "/elsewhere");
        var again = Render(Footnoted, "/guide");

        Assert.Equal(onNewThread, first);
        Assert.Equal(first, again);
        Assert.Contains("href=\"/guide/models/\"", again, StringComparison.Ordinal);
        Assert.DoesNotContain("/elsewhere", again, StringComparison.Ordinal);
        Assert.Contains("別の脚注", other, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_rendered_while_another_renders_on_the_same_thread_is_whole()
    {
        string? nested = null;
        var outer = MarkdownRenderer.Render(
            MarkdownRenderer.Parse("前の段落。\n\n{{< table \"models\" >}}\n\n後の段落。\n"),
            id => nested = Render(Footnoted, "/inner"),
            url => url);

        Assert.NotNull(nested);
        Assert.Contains(nested, outer, StringComparison.Ordinal);
        Assert.Contains("前の段落", outer, StringComparison.Ordinal);
        Assert.Contains("後の段落", outer, StringComparison.Ordinal);
        Assert.Equal(Render(Footnoted, "/inner"), nested);
    }
}
