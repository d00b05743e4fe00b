using Microsoft.Playwright;

namespace SlmGuide.Browser.Tests;

/// <summary>The docs-site basics a reader expects, on the repository's real pages.</summary>
[Collection(SharedBrowser.Name)]
public sealed class ReadingAidTests(BrowserFixture browser)
{
    [Fact]
    public async Task Headings_get_a_link_to_themselves_and_code_blocks_a_copy_button()
    {
        await using var watched = await WatchedPage.OpenAsync(browser.Browser);
        await watched.Page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await watched.GotoAsync(browser.Repository.Server.Url("/run-locally/"));

        var anchor = watched.Page.Locator("h2 .heading-anchor").First;
        var headingId = await watched.Page.Locator("h2[id]").First.GetAttributeAsync("id");
        Assert.Equal("#" + Uri.EscapeDataString(headingId!), await anchor.GetAttributeAsync("href"));

        var block = watched.Page.Locator("pre.has-copy").First;
        await block.GetByRole(AriaRole.Button, new() { Name = "コピー" }).ClickAsync();
        await Assertions.Expect(block.GetByRole(AriaRole.Button)).ToHaveTextAsync("コピーしました");
        var copied = await watched.Page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal(await block.Locator("code").TextContentAsync(), copied);
        watched.AssertQuiet();
    }

    [Fact]
    public async Task Slash_focuses_the_search_box_and_more_results_load_on_request()
    {
        await using var watched = await WatchedPage.OpenAsync(browser.Browser);
        await watched.GotoAsync(browser.Repository.Server.Url("/glossary/"));
        await watched.Page.Locator("body").ClickAsync(new() { Position = new() { X = 5, Y = 300 } });

        await watched.Page.Keyboard.PressAsync("/");
        var box = watched.Page.GetByRole(AriaRole.Searchbox, new() { Name = "サイト内検索" });
        Assert.True(await box.EvaluateAsync<bool>("b => document.activeElement === b"));

        await watched.Page.Keyboard.TypeAsync("モデル");
        var pages = watched.Page.Locator(".search-results > ol > li");
        await Assertions.Expect(pages).ToHaveCountAsync(8);
        var more = watched.Page.GetByRole(AriaRole.Button, new() { NameRegex = new("さらに表示") });
        await more.ClickAsync();

        // The next results load asynchronously after the click.
        await Assertions.Expect(pages.Nth(8)).ToBeAttachedAsync();
        watched.AssertQuiet();
    }

    // 1280 px is the common laptop: there the contents must already stand beside the text, as in
    // MkDocs Material, with the prose still a comfortable line (40rem) and no block of the article
    // running under the contents.
    [Theory]
    [InlineData(1280, 800)]
    [InlineData(1600, 900)]
    public async Task On_a_laptop_screen_and_wider_the_table_of_contents_stays_beside_the_text(int width, int height)
    {
        await using var watched = await WatchedPage.OpenAsync(browser.Browser, new() { ViewportSize = new() { Width = width, Height = height } });
        await watched.GotoAsync(browser.Repository.Server.Url("/run-locally/"));
        var toc = watched.Page.Locator("nav.toc");

        await watched.Page.EvaluateAsync("() => window.scrollTo(0, document.body.scrollHeight / 2)");
        var tocBox = (await toc.BoundingBoxAsync())!;
        var overlapping = await toc.EvaluateAsync<string[]>(
            "toc => { const t = toc.getBoundingClientRect(); return [...toc.parentElement.children].filter(e => e !== toc)"
            + ".filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.right > t.left && r.left < t.right; })"
            + ".map(e => e.tagName + ' ' + e.textContent.trim().slice(0, 30)); }");
        var textBox = (await watched.Page.Locator("article > p").First.BoundingBoxAsync())!;

        Assert.True(tocBox.X >= textBox.X + textBox.Width, "the table of contents is not to the right of the text");
        Assert.True(overlapping.Length == 0, "under the table of contents: " + string.Join(", ", overlapping));
        Assert.InRange(tocBox.Y, 0, 40);
        Assert.True(tocBox.Y + tocBox.Height <= height, "the table of contents runs below the screen");
        Assert.True(textBox.Width >= 640, $"the text is {textBox.Width:0} px wide beside the table of contents");
        await watched.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, $"reading-toc-{width}.png") });
        watched.AssertQuiet();
    }

    [Fact]
    public async Task On_a_phone_the_navigation_strip_shows_the_current_page()
    {
        await using var watched = await WatchedPage.OpenAsync(browser.Browser, new() { ViewportSize = new() { Width = 390, Height = 844 } });
        await watched.GotoAsync(browser.Repository.Server.Url("/glossary/"));
        var strip = watched.Page.Locator(".site-nav ul");
        var current = watched.Page.Locator(".site-nav li.current");

        var stripBox = (await strip.BoundingBoxAsync())!;
        var currentBox = (await current.BoundingBoxAsync())!;

        Assert.True(await strip.EvaluateAsync<bool>("s => s.scrollWidth > s.clientWidth"), "the strip does not scroll at 390 px");
        Assert.True(currentBox.X >= stripBox.X && currentBox.X + currentBox.Width <= stripBox.X + stripBox.Width, "the current page is scrolled out of the strip");
        watched.AssertQuiet();
    }
}
