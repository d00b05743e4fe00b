using Microsoft.Playwright;
using SlmGuide.Testing;

namespace SlmGuide.Browser.Tests;

/// <summary>The live preview in a real browser: the page reloads itself after a save, and errors cover it until fixed.</summary>
[Collection(SharedBrowser.Name)]
public sealed class LivePreviewTests(BrowserFixture browser) : IDisposable
{
    private static readonly LocatorWaitForOptions Patient = new() { Timeout = 30_000 };
    private readonly string _root = TestRepository.CreateFixtureSite("mini", "slmguide-preview-");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Saving_reloads_the_open_page_and_an_error_overlay_comes_and_goes()
    {
        using var serve = ServeProcess.Start(_root);
        await using var watched = await WatchedPage.OpenAsync(browser.Browser);
        var page = watched.Page;
        await page.GotoAsync(new Uri(serve.Site, "second/").ToString());
        await page.GetByText("脚注つきの文です。").WaitForAsync(Patient);

        Edit("脚注つきの文です。", "ブラウザが自分で読み直した文です。");
        await page.GetByText("ブラウザが自分で読み直した文です。").WaitForAsync(Patient);

        Edit("title: 二つ目のページ", "title: [閉じ忘れ");
        var overlay = page.Locator("#slmguide-overlay");
        await overlay.WaitForAsync(Patient);
        var message = await overlay.InnerTextAsync();
        Assert.Contains("content/second.md:", message, StringComparison.Ordinal);
        Assert.Contains("Y001", message, StringComparison.Ordinal);

        // The console runs with LANG=en, and the overlay speaks as it does.
        Assert.Contains("Build error (1): fix and save", message, StringComparison.Ordinal);
        Assert.Contains("the YAML ends inside an unclosed", message, StringComparison.Ordinal);

        Edit("title: [閉じ忘れ", "title: 直した題名");
        await overlay.WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 30_000 });
        await page.Locator("h1", new() { HasText = "直した題名" }).WaitForAsync(Patient);
        Assert.DoesNotContain(watched.Problems, p => p.StartsWith("uncaught", StringComparison.Ordinal) || p.StartsWith("console error", StringComparison.Ordinal));
    }

    private void Edit(string find, string replace)
    {
        var path = Path.Combine(_root, "content", "second.md");
        var text = File.ReadAllText(path);
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
    }
}
