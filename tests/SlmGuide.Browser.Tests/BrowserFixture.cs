using Microsoft.Playwright;

namespace SlmGuide.Browser.Tests;

/// <summary>
/// One Chromium for the whole run and the two sites the tests read: the hostile mini fixture
/// (every table filled) and the repository's real site.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private BuiltSite? _fixture;
    private BuiltSite? _repository;

    internal BuiltSite Fixture => _fixture ?? throw new InvalidOperationException("not initialised");

    internal BuiltSite Repository => _repository ?? throw new InvalidOperationException("not initialised");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("not initialised");

    /// <summary>Screenshots land here, beside the test binaries.</summary>
    public static string Artifacts { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;

    public async Task InitializeAsync()
    {
        SystemPackages.EnsureChromium();
        _fixture = BuiltSite.HostileFixture();
        _repository = BuiltSite.Repository();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = SystemPackages.Chromium,
            Headless = true,
            Args = ChromiumArguments,
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        _fixture?.Dispose();
        _repository?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
