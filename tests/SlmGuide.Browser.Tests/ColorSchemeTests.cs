using Microsoft.Playwright;

namespace SlmGuide.Browser.Tests;

[Collection(SharedBrowser.Name)]
public sealed class ColorSchemeTests(BrowserFixture browser)
{
    private static Task<string> BackgroundAsync(IPage page) =>
        page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).backgroundColor");

    [Fact]
    public async Task The_toggle_switches_to_dark_and_the_choice_survives_a_reload()
    {
        await using var watched = await WatchedPage.OpenAsync(browser.Browser, new() { ColorScheme = ColorScheme.Light });
        var page = watched.Page;
        await watched.GotoAsync(browser.Fixture.Server.Url("/"));
        var toggle = page.GetByRole(AriaRole.Button, new() { Name = "ダークモード" });
        Assert.Equal("false", await toggle.GetAttributeAsync("aria-pressed"));
        var light = await BackgroundAsync(page);

        await toggle.ClickAsync();

        Assert.Equal("dark", await page.Locator("html").GetAttributeAsync("data-theme"));
        Assert.Equal("true", await toggle.GetAttributeAsync("aria-pressed"));
        var dark = await BackgroundAsync(page);
        Assert.NotEqual(light, dark);

        // The head script applies the stored choice before the body exists, so there is no flash.
        await page.GotoAsync(browser.Fixture.Server.Url("/tables/"), new() { WaitUntil = WaitUntilState.Commit });
        await page.WaitForSelectorAsync("body", new() { State = WaitForSelectorState.Attached });
        Assert.Equal("dark", await page.Locator("html").GetAttributeAsync("data-theme"));
        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.Equal(dark, await BackgroundAsync(page));
        Assert.Equal("true", await toggle.GetAttributeAsync("aria-pressed"));

        await toggle.ClickAsync();
        await page.ReloadAsync();
        Assert.Equal("light", await page.Locator("html").GetAttributeAsync("data-theme"));
        Assert.Equal(light, await BackgroundAsync(page));
        watched.AssertQuiet();
    }

    [Fact]
    public async Task Without_a_stored_choice_the_page_follows_the_system_dark_setting()
    {
        await using var watched = await WatchedPage.OpenAsync(browser.Browser, new() { ColorScheme = ColorScheme.Dark });
        await watched.GotoAsync(browser.Fixture.Server.Url("/"));

        Assert.Null(await watched.Page.Locator("html").GetAttributeAsync("data-theme"));
        Assert.Equal("true", await watched.Page.GetByRole(AriaRole.Button, new() { Name = "ダークモード" }).GetAttributeAsync("aria-pressed"));
        Assert.Equal("rgb(13, 17, 23)", await BackgroundAsync(watched.Page));
        watched.AssertQuiet();
    }
}
