using System.Text.Json;
using Microsoft.Playwright;

namespace SlmGuide.Browser.Tests;

[Collection(SharedBrowser.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    public static TheoryData<string, string> Pages => new()
    {
        { "fixture", "/" },
        { "fixture", "/tables/" },
        { "fixture", "/models/model-a/" },
        { "repository", "/" },
        { "repository", "/optimization/" },
        { "repository", "/benchmarks/" },
        { "repository", "/models/qwen2.5-0.5b-instruct/" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Axe_reports_no_violations(string site, string url)
    {
        // axe is injected as a script tag, which our own Content-Security-Policy rightly refuses;
        // only this test's context is allowed to bypass it.
        await using var watched = await WatchedPage.OpenAsync(browser.Browser, new() { BypassCSP = true });
        var server = site == "fixture" ? browser.Fixture.Server : browser.Repository.Server;
        await watched.GotoAsync(server.Url(url));
        await watched.Page.AddScriptTagAsync(new() { Path = NodePackages.AxeScript });

        var violations = await watched.Page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document)).violations.map(v => v.id + ': ' + v.help + ' — ' + v.nodes.map(n => n.target.join(' ')).join(', '))");

        Assert.Empty(violations.EnumerateArray().Select(v => v.GetString()));
        watched.AssertQuiet();
    }

    [Fact]
    public async Task The_skip_link_is_the_first_stop_and_moves_focus_to_the_main_content()
    {
        await using var watched = await WatchedPage.OpenAsync(browser.Browser);
        await watched.GotoAsync(browser.Fixture.Server.Url("/tables/"));

        await watched.Page.Keyboard.PressAsync("Tab");
        var focused = watched.Page.Locator(":focus");
        Assert.Equal("本文へスキップ", await focused.TextContentAsync());
        Assert.True(await focused.IsVisibleAsync());
        Assert.NotEqual("none", await focused.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"));

        await watched.Page.Keyboard.PressAsync("Enter");
        Assert.EndsWith("#main", watched.Page.Url, StringComparison.Ordinal);
        watched.AssertQuiet();
    }
}
