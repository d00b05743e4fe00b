using Microsoft.Playwright;

namespace SlmGuide.Browser.Tests;

[Collection(SharedBrowser.Name)]
public sealed class TableTests(BrowserFixture browser)
{
    private static async Task<string[]> VisibleModelNamesAsync(IPage page) =>
        [.. await page.Locator("#table-models tbody tr:visible td:first-child a").AllTextContentsAsync()];

    [Fact]
    public async Task Sorting_by_size_orders_rows_by_number_not_by_text()
    {
        await using var watched = await WatchedPage.OpenAsync(browser.Browser);
        await watched.GotoAsync(browser.Fixture.Server.Url("/tables/"));
        var size = watched.Page.Locator("#table-models th", new() { HasText = "サイズ" });

        await size.GetByRole(AriaRole.Button).ClickAsync();
        Assert.Equal("ascending", await size.GetAttributeAsync("aria-sort"));
        var ascending = await VisibleModelNamesAsync(watched.Page);

        await size.GetByRole(AriaRole.Button).ClickAsync();
        Assert.Equal("descending", await size.GetAttributeAsync("aria-sort"));
        var descending = await VisibleModelNamesAsync(watched.Page);

        Assert.Equal(["テストモデルA <script>alert(1)</script>", "テストモデルB", "テストモデルC"], ascending);
        Assert.Equal(["テストモデルC", "テストモデルB", "テストモデルA <script>alert(1)</script>"], descending);
        watched.AssertQuiet();
    }

    [Fact]
    public async Task Facet_and_text_filters_hide_rows_that_do_not_match()
    {
        await using var watched = await WatchedPage.OpenAsync(browser.Browser);
        await watched.GotoAsync(browser.Fixture.Server.Url("/tables/"));
        var section = watched.Page.Locator("#table-models");
        Assert.Equal(3, (await VisibleModelNamesAsync(watched.Page)).Length);

        await section.GetByLabel("開発元").SelectOptionAsync("テスト研究所");
        Assert.Equal(["テストモデルB"], await VisibleModelNamesAsync(watched.Page));
        Assert.Equal("3 件中 1 件を表示", await section.Locator(".filter-count").TextContentAsync());

        await section.GetByLabel("開発元").SelectOptionAsync("");
        await section.GetByLabel("絞り込み").FillAsync("大型");
        Assert.Equal(["テストモデルC"], await VisibleModelNamesAsync(watched.Page));

        await section.GetByLabel("開発元").SelectOptionAsync("テスト研究所");
        Assert.Empty(await VisibleModelNamesAsync(watched.Page));
        Assert.Equal("3 件中 0 件を表示", await section.Locator(".filter-count").TextContentAsync());
        watched.AssertQuiet();
    }

    [Fact]
    public async Task Rows_checked_long_before_the_newest_date_carry_the_stale_badge()
    {
        await using var watched = await WatchedPage.OpenAsync(browser.Browser);
        await watched.GotoAsync(browser.Fixture.Server.Url("/tables/"));

        // The fixture sets stale_after_days: 2; its newest check is 2026-11-04, so rows checked
        // on 2026-11-01 are flagged and rows checked 2026-11-02 or later are not.
        var domain = watched.Page.Locator("#table-domain-models tbody tr");
        Assert.Equal(1, await domain.Locator(".stale-badge").CountAsync());
        Assert.Contains("情報が古い可能性", await domain.First.TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await watched.Page.Locator("#table-models .stale-badge").CountAsync());
        watched.AssertQuiet();
    }
}
