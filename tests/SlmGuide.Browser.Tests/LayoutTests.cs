using Microsoft.Playwright;

namespace SlmGuide.Browser.Tests;

[Collection(SharedBrowser.Name)]
public sealed class LayoutTests(BrowserFixture browser)
{
    [Fact]
    public async Task Without_JavaScript_every_row_is_there_and_no_dead_control_is_shown()
    {
        await using var watched = await WatchedPage.OpenAsync(browser.Browser, new() { JavaScriptEnabled = false });
        await watched.GotoAsync(browser.Fixture.Server.Url("/tables/"));
        var page = watched.Page;

        Assert.Equal(BuiltSite.ModelCount, await page.Locator("#table-models tbody tr").CountAsync());
        Assert.True(await page.Locator("#table-models tbody tr").Last.IsVisibleAsync());
        Assert.Equal(0, await page.Locator(".table-filter, .sort-button").CountAsync());
        Assert.False(await page.Locator(".site-search").IsVisibleAsync());
        Assert.False(await page.Locator(".theme-toggle").IsVisibleAsync());
        watched.AssertQuiet();
    }

    [Fact]
    public async Task On_a_wide_screen_the_table_header_stays_in_view_while_the_table_scrolls()
    {
        await using var watched = await WatchedPage.OpenAsync(browser.Browser, new() { ViewportSize = new() { Width = 1280, Height = 260 } });
        await watched.GotoAsync(browser.Fixture.Server.Url("/tables/"));
        var box = watched.Page.Locator("#table-models .table-scroll");
        var header = watched.Page.Locator("#table-models thead th").First;
        await box.ScrollIntoViewIfNeededAsync();
        var before = await header.BoundingBoxAsync();

        var scrolled = await box.EvaluateAsync<double>("box => { box.scrollTop = box.scrollHeight; return box.scrollTop; }");
        var boxTop = (await box.BoundingBoxAsync())!.Y;
        var after = await header.BoundingBoxAsync();

        Assert.True(scrolled > 0, "the table did not scroll inside its box");
        Assert.True(after!.Y < before!.Y, "the header moved with the caption");
        Assert.InRange(after.Y - boxTop, -1, 2);
        watched.AssertQuiet();
    }

    [Fact]
    public async Task Printing_shows_the_article_without_navigation_or_controls()
    {
        await using var watched = await WatchedPage.OpenAsync(browser.Browser);
        await watched.GotoAsync(browser.Fixture.Server.Url("/tables/"));
        await watched.Page.EmulateMediaAsync(new() { Media = Media.Print });

        foreach (var hidden in new[] { ".site-header", ".site-nav", ".pager", ".table-filter", ".downloads" })
        {
            Assert.False(await watched.Page.Locator(hidden).First.IsVisibleAsync(), $"{hidden} is printed");
        }

        Assert.True(await watched.Page.Locator("#table-models tbody tr").Last.IsVisibleAsync());
        Assert.Equal("visible", await watched.Page.Locator("#table-models .table-scroll").EvaluateAsync<string>("e => getComputedStyle(e).overflowY"));
        watched.AssertQuiet();
    }
}
