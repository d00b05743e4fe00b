using System.Text.Json;
using Microsoft.Playwright;

namespace SlmGuide.Browser.Tests;

[Collection(SharedBrowser.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    private static readonly (string Site, string Url)[] PageTypes =
    [
        ("fixture", "/"),
        ("fixture", "/tables/"),
        ("fixture", "/models/model-a/"),
        ("fixture", "/404.html"),
        ("repository", "/"),
        ("repository", "/models/"),
        ("repository", "/optimization/"),
        ("repository", "/benchmarks/"),
        ("repository", "/run-locally/"),
        ("repository", "/models/qwen2.5-0.5b-instruct/"),
    ];

    // Every page type in both colour schemes: the dark page is where hard-coded colours
    // (chart text, badges) lose their contrast.
    public static TheoryData<string, string, ColorScheme> Pages()
    {
        var data = new TheoryData<string, string, ColorScheme>();
        foreach (var (site, url) in PageTypes)
        {
            data.Add(site, url, ColorScheme.Light);
            data.Add(site, url, ColorScheme.Dark);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Axe_reports_no_violations(string site, string url, ColorScheme scheme)
    {
        // axe is injected as a script tag, which our own Content-Security-Policy rightly refuses;
        // only this test's context is allowed to bypass it.
        await using var watched = await WatchedPage.OpenAsync(browser.Browser, new() { BypassCSP = true, ColorScheme = scheme });
        var server = site == "fixture" ? browser.Fixture.Server : browser.Repository.Server;
        var response = await watched.Page.GotoAsync(server.Url(url));
        Assert.NotNull(response);
        await watched.Page.AddScriptTagAsync(new() { Path = NodePackages.AxeScript });

        var violations = await watched.Page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document)).violations.map(v => v.id + ': ' + v.help + ' — ' + v.nodes.map(n => n.target.join(' ')).join(', '))");

        Assert.Empty(violations.EnumerateArray().Select(v => v.GetString()));
        if (url != "/404.html")
        {
            watched.AssertQuiet();
        }
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
