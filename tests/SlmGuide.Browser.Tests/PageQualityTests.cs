using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using Microsoft.Playwright;

namespace SlmGuide.Browser.Tests;

[Collection(SharedBrowser.Name)]
public sealed class PageQualityTests(BrowserFixture browser)
{
    private const int BudgetBytes = 60 * 1024;

    private static IEnumerable<string> SitemapPaths(BuiltSite site) =>
        XDocument.Parse(site.ReadOutput("sitemap.xml")).Descendants()
            .Where(e => e.Name.LocalName == "loc")
            .Select(e => new Uri(e.Value).AbsolutePath);

    private static int GzipSize(byte[] body)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(body);
        }

        return (int)buffer.Length;
    }

    [Fact]
    public async Task Every_page_loads_without_console_errors_and_within_60_KB_gzip()
    {
        var report = new StringBuilder("page\trequests\tgzip bytes (HTML+CSS+JS+icon, search index excluded)\n");
        foreach (var (site, prefix) in new[] { (browser.Fixture, "/docs"), (browser.Repository, string.Empty) })
        {
            foreach (var path in SitemapPaths(site).Append(prefix + "/404.html"))
            {
                await using var watched = await WatchedPage.OpenAsync(browser.Browser);
                var responses = new List<IResponse>();
                watched.Page.Response += (_, response) => responses.Add(response);
                var response = await watched.Page.GotoAsync(site.Server.Origin + path);
                await watched.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

                Assert.NotNull(response);
                Assert.All(responses, r => Assert.StartsWith(site.Server.Origin, r.Url, StringComparison.Ordinal));
                var counted = responses.Where(r => !r.Url.Contains("/pagefind/", StringComparison.Ordinal)).ToList();
                var total = 0;
                foreach (var counting in counted)
                {
                    total += GzipSize(await counting.BodyAsync());
                }

                report.Append(path).Append('\t').Append(counted.Count).Append('\t').Append(total).Append('\n');
                Assert.True(total <= BudgetBytes, $"{path} weighs {total} bytes gzip, over the {BudgetBytes} budget");
                if (!path.EndsWith("/404.html", StringComparison.Ordinal))
                {
                    watched.AssertQuiet();
                }
            }
        }

        await File.WriteAllTextAsync(Path.Combine(BrowserFixture.Artifacts, "page-weights.tsv"), report.ToString());
    }

    [Fact]
    public async Task Screenshots_of_home_and_a_table_page_at_phone_and_desktop_widths()
    {
        var shots = new[]
        {
            ("home", browser.Repository.Server.Url("/")),
            ("tables", browser.Fixture.Server.Url("/tables/")),
        };
        foreach (var width in new[] { 390, 1280 })
        {
            await using var watched = await WatchedPage.OpenAsync(browser.Browser, new()
            {
                ViewportSize = new() { Width = width, Height = 900 },
                ColorScheme = ColorScheme.Light,
            });
            foreach (var (name, url) in shots)
            {
                await watched.GotoAsync(url);
                var file = Path.Combine(BrowserFixture.Artifacts, $"{name}-{width}.png");
                await watched.Page.ScreenshotAsync(new() { Path = file, FullPage = true });
                Assert.True(new FileInfo(file).Length > 0);
                if (name == "tables")
                {
                    // The full page is too tall to judge a table by; this close-up shows one.
                    await watched.Page.Locator("#table-models").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, $"tables-models-{width}.png") });
                }

                // Nothing may force the page wider than the screen; wide tables scroll in their own box.
                var overflow = await watched.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
                Assert.True(overflow <= 0, $"{url} is {overflow}px wider than a {width}px screen");
            }

            watched.AssertQuiet();
        }

        await using var dark = await WatchedPage.OpenAsync(browser.Browser, new() { ViewportSize = new() { Width = 1280, Height = 900 }, ColorScheme = ColorScheme.Dark });
        await dark.GotoAsync(browser.Fixture.Server.Url("/tables/"));
        await dark.Page.Locator("#table-domain-models").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "tables-domain-dark-1280.png") });
        dark.AssertQuiet();
    }
}
