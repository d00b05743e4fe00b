using Microsoft.Playwright;

namespace SlmGuide.Browser.Tests;

[Collection(SharedBrowser.Name)]
public sealed class SearchTests(BrowserFixture browser)
{
    private static async Task<IReadOnlyList<string>> SearchAsync(WatchedPage watched, string query)
    {
        var box = watched.Page.GetByRole(AriaRole.Searchbox, new() { Name = "サイト内検索" });
        await box.FillAsync(query);
        var links = watched.Page.Locator(".search-results li a");
        await links.First.WaitForAsync();
        return [.. await links.EvaluateAllAsync<string[]>("links => links.map(l => new URL(l.href).pathname)")];
    }

    [Theory]
    [InlineData("量子化", "/optimization/")]
    [InlineData("蒸留", "/optimization/")]
    public async Task A_Japanese_query_finds_the_page_about_it(string query, string expected)
    {
        await using var watched = await WatchedPage.OpenAsync(browser.Browser);
        await watched.GotoAsync(browser.Repository.Server.Url("/"));

        var found = await SearchAsync(watched, query);

        Assert.Contains(expected, found);

        // Pagefind highlights the Japanese words it segmented the query into (量子化 → 量子 + 化),
        // and sometimes near forms of them, so at least one highlight must come from the query.
        var marked = await watched.Page.Locator(".search-results mark").AllTextContentsAsync();
        Assert.Contains(marked, word => query.Contains(word, StringComparison.Ordinal));
        await watched.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, $"search-{query}.png") });
        watched.AssertQuiet();
    }

    [Fact]
    public async Task Search_works_under_a_sub_path_and_links_to_the_page()
    {
        await using var watched = await WatchedPage.OpenAsync(browser.Browser);
        await watched.GotoAsync(browser.Fixture.Server.Url("/second/"));

        var found = await SearchAsync(watched, "量子化");

        Assert.Equal("/docs/tables/", found[0]);
        await watched.Page.Locator(".search-results li a").First.ClickAsync();
        await watched.Page.WaitForURLAsync("**/docs/tables/");
        watched.AssertQuiet();
    }
}
