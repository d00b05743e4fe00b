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

        // 0.3, 0.5, 1.5, 3, 8, 14, 30 and 70 billion parameters.
        string[] bySize = ["テストモデルD", "テストモデルA <script>alert(1)</script>", "テストモデルF", "テストモデルE", "テストモデルB", "テストモデルC", "テストモデルG", "テストモデルH"];
        Assert.Equal(bySize, ascending);
        Assert.Equal(Enumerable.Reverse(bySize), descending);
        watched.AssertQuiet();
    }

    [Fact]
    public async Task Facet_and_text_filters_hide_rows_that_do_not_match()
    {
        await using var watched = await WatchedPage.OpenAsync(browser.Browser);
        await watched.GotoAsync(browser.Fixture.Server.Url("/tables/"));
        var section = watched.Page.Locator("#table-models");
        Assert.Equal(BuiltSite.ModelCount, (await VisibleModelNamesAsync(watched.Page)).Length);

        await section.GetByLabel("開発元").SelectOptionAsync("テスト研究所");
        Assert.Equal(["テストモデルB"], await VisibleModelNamesAsync(watched.Page));
        Assert.Equal("8 件中 1 件を表示", await section.Locator(".filter-count").TextContentAsync());

        await section.GetByLabel("開発元").SelectOptionAsync("");
        await section.GetByLabel("キーワード").FillAsync("大型");
        Assert.Equal(["テストモデルC"], await VisibleModelNamesAsync(watched.Page));

        await section.GetByLabel("開発元").SelectOptionAsync("テスト研究所");
        Assert.Empty(await VisibleModelNamesAsync(watched.Page));
        Assert.Equal("8 件中 0 件を表示", await section.Locator(".filter-count").TextContentAsync());
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

    [Fact]
    public async Task Facets_list_display_values_in_the_order_of_the_enumeration()
    {
        await using var watched = await WatchedPage.OpenAsync(browser.Browser);
        await watched.GotoAsync(browser.Fixture.Server.Url("/tables/"));
        var options = await watched.Page.Locator("#table-models").GetByLabel("日本語対応").Locator("option").AllTextContentsAsync();

        Assert.Equal(["すべて", "日本語特化", "公式対応", "限定的", "非対応"], options);
        watched.AssertQuiet();
    }

    [Fact]
    public async Task A_size_range_filters_rows_lives_in_the_address_and_the_source_notes_follow()
    {
        await using var watched = await WatchedPage.OpenAsync(browser.Browser);
        await watched.GotoAsync(browser.Fixture.Server.Url("/tables/"));
        var section = watched.Page.Locator("#table-models");
        var notes = section.Locator(".source-notes li:visible");
        Assert.Equal(2, await notes.CountAsync());

        await section.GetByLabel("サイズ（以上）").FillAsync("10");
        await section.GetByLabel("サイズ（以下）").FillAsync("30");
        Assert.Equal(["テストモデルC", "テストモデルG"], await VisibleModelNamesAsync(watched.Page));
        Assert.Equal(1, await notes.CountAsync());

        await section.GetByLabel("サイズ（以下）").FillAsync("");
        Assert.Equal(["テストモデルC", "テストモデルG", "テストモデルH"], await VisibleModelNamesAsync(watched.Page));
        Assert.Equal(2, await notes.CountAsync());
        Assert.Contains("table-models.parameters_billion.min=10", watched.Page.Url, StringComparison.Ordinal);

        await watched.Page.ReloadAsync();
        Assert.Equal("10", await section.GetByLabel("サイズ（以上）").InputValueAsync());
        Assert.Equal(["テストモデルC", "テストモデルG", "テストモデルH"], await VisibleModelNamesAsync(watched.Page));
        watched.AssertQuiet();
    }

    [Theory]
    [InlineData("#table-slm-vs-llm")]
    [InlineData("#table-quantization")]
    public async Task Short_tables_and_comparison_matrices_get_no_sort_or_filter(string table)
    {
        await using var watched = await WatchedPage.OpenAsync(browser.Browser);
        await watched.GotoAsync(browser.Fixture.Server.Url("/tables/"));

        Assert.True(await watched.Page.Locator(table + " tbody tr").CountAsync() > 0);
        Assert.Equal(0, await watched.Page.Locator(table + " .sort-button, " + table + " .table-filter").CountAsync());
        Assert.Equal(1, await watched.Page.Locator("#table-models .table-filter").CountAsync());
        watched.AssertQuiet();
    }
}
