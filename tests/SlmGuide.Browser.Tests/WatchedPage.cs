using Microsoft.Playwright;

namespace SlmGuide.Browser.Tests;

/// <summary>
/// A fresh browser context and page that records console errors, uncaught exceptions, failed
/// requests and dialogs, so every test can also assert the page stayed quiet.
/// </summary>
public sealed class WatchedPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private WatchedPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Problems.Add($"console error: {message.Text}");
            }
        };
        page.PageError += (_, error) => Problems.Add($"uncaught: {error}");
        page.RequestFailed += (_, request) => Problems.Add($"request failed: {request.Url}");
        page.Dialog += async (_, dialog) =>
        {
            Dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
    }

    public IPage Page { get; }

    public List<string> Problems { get; } = [];

    public List<string> Dialogs { get; } = [];

    public static async Task<WatchedPage> OpenAsync(IBrowser browser, BrowserNewContextOptions? options = null)
    {
        var context = await browser.NewContextAsync(options ?? new BrowserNewContextOptions());
        return new WatchedPage(context, await context.NewPageAsync());
    }

    public async Task GotoAsync(string url)
    {
        var response = await Page.GotoAsync(url);
        Assert.NotNull(response);
        Assert.True(response.Ok, $"{url} answered {response.Status}");
    }

    public void AssertQuiet()
    {
        Assert.Empty(Problems);
        Assert.Empty(Dialogs);
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
