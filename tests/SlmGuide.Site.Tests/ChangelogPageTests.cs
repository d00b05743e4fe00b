namespace SlmGuide.Site.Tests;

/// <summary>data/changelog.yaml is also an HTML 更新履歴 page, not only the Atom feed.</summary>
public sealed class ChangelogPageTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void The_changelog_page_lists_every_change_newest_first_and_every_page_links_it()
    {
        _site.Write("data/changelog.yaml", """
            changes:
              - date: 2026-10-01
                title: 古い更新
              - date: 2026-11-03
                title: 新しい更新 <b>太字</b>
                summary: 表を追加しました。
                page: /tables/
            """);

        var result = _site.Build(strict: true);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var page = _site.Read("changelog/index.html");
        var newer = page.IndexOf("新しい更新", StringComparison.Ordinal);
        var older = page.IndexOf("古い更新", StringComparison.Ordinal);
        Assert.InRange(newer, 1, older - 1);
        Assert.Contains("<time datetime=\"2026-11-03\">2026-11-03</time> <a href=\"/docs/tables/\">新しい更新 &lt;b&gt;太字&lt;/b&gt;</a>", page, StringComparison.Ordinal);
        Assert.Contains("<p>表を追加しました。</p>", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/docs/changelog/\">更新履歴</a>", _site.Read("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_changes_there_is_no_changelog_page()
    {
        _site.Write("data/changelog.yaml", "changes: []\n");

        var result = _site.Build(strict: true);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.False(File.Exists(Path.Combine(_site.Output, "changelog", "index.html")));
        Assert.DoesNotContain("更新履歴", _site.Read("index.html"), StringComparison.Ordinal);
    }
}
