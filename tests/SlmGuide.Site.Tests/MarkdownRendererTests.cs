using SlmGuide.Site.Markdown;

namespace SlmGuide.Site.Tests;

/// <summary>Each thread reuses one Markdig renderer across pages; no page may see another's state.</summary>
public sealed class MarkdownRendererTests
{
    private const string Footnoted = "# 見出し\n\n本文[^1] と [内部リンク](/models/)。\n\n| A | B |\n|---|---:|\n| 1 | 2 |\n\n[^1]: 脚注。\n";
    private const string Other = "## 別の見出し\n\n- [x] 済み\n- 箇条書き[^a]\n\n[^a]: 別の脚注。\n\n{{< table \"models\" >}}\n";

    private static string Render(string markdown, string prefix) =>
        MarkdownRenderer.Render(MarkdownRenderer.Parse(markdown), id => $"<table id=\"{id}\"></table>", url => prefix + url);

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
