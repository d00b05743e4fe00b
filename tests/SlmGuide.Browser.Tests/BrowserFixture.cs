using Microsoft.Playwright;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace SlmGuide.Browser.Tests;

/// <summary>
/// One Chromium for the whole run and the two sites the tests read: the hostile mini fixture
/// (every table filled) and the repository's real site.
/// </summary>
public sealed class BrowserFixture(IMessageSink messages) : IAsyncLifetime
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
        InstallSystemPackages();
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

    /// <summary>
    /// The install takes a minute on a fresh machine, so it says what it is doing (shown by
    /// `dotnet test` through xunit's diagnostic messages) and keeps the apt-get output beside the
    /// screenshots.
    /// </summary>
    private void InstallSystemPackages()
    {
        messages.OnMessage(new DiagnosticMessage("browser tests: checking for Chromium and CJK fonts (installed with apt-get on first run)…"));
        var log = SystemPackages.EnsureInstalled();
        foreach (var entry in log)
        {
            messages.OnMessage(new DiagnosticMessage($"browser tests: {entry.Split('\n')[0]}"));
        }

        File.WriteAllText(Path.Combine(Artifacts, "system-packages.log"), string.Join('\n', log));
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
