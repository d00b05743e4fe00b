namespace SlmGuide.Browser.Tests;

[Collection(SharedBrowser.Name)]
public sealed class SafetyTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("/models/model-a/")]
    [InlineData("/tables/")]
    public async Task Markup_in_data_shows_as_text_and_never_runs(string url)
    {
        await using var watched = await WatchedPage.OpenAsync(browser.Browser);
        await watched.GotoAsync(browser.Fixture.Server.Url(url));
        var main = watched.Page.Locator("main");

        Assert.Contains("テストモデルA <script>alert(1)</script>", await main.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(BuiltSite.HostileFeatures, await main.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await watched.Page.Locator("main script, img[src='x'], [onerror]").CountAsync());
        Assert.Empty(watched.Dialogs);
        watched.AssertQuiet();
    }

    [Fact]
    public async Task Every_page_declares_a_policy_that_allows_only_our_own_scripts_and_styles()
    {
        foreach (var file in Directory.EnumerateFiles(browser.Fixture.Output, "*.html", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}pagefind{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var html = await File.ReadAllTextAsync(file);
            Assert.Contains("script-src 'self' 'wasm-unsafe-eval'; style-src 'self';", html, StringComparison.Ordinal);
            Assert.DoesNotMatch("<script(?![^>]*\\ssrc=)", html);
            Assert.DoesNotContain(" style=", html, StringComparison.Ordinal);
        }
    }
}
