using SlmGuide.Testing;

namespace SlmGuide.Serve.Tests;

/// <summary>The small fixture site in a temp root, with `slmguide serve` running on it.</summary>
internal sealed class PreviewSite : IDisposable
{
    public PreviewSite(params string[] serveArguments)
        : this(baseUrl: null, serveArguments)
    {
    }

    private PreviewSite(string? baseUrl, string[] serveArguments)
    {
        Root = TestRepository.CreateFixtureSite("mini", "slmguide-serve-");
        if (baseUrl is not null)
        {
            Edit("data/site.yaml", "base_url: https://guide.example.test/docs/", $"base_url: {baseUrl}");
        }

        Server = ServeProcess.Start(Root, serveArguments);
    }

    /// <summary>The fixture published at another base URL (the fixture's own is under /docs/).</summary>
    public static PreviewSite WithBaseUrl(string baseUrl, params string[] serveArguments) => new(baseUrl, serveArguments);

    public string Root { get; }

    public ServeProcess Server { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public void Edit(string relative, string find, string replace)
    {
        var text = File.ReadAllText(PathOf(relative));
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(PathOf(relative), text.Replace(find, replace, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        Server.Dispose();
        Directory.Delete(Root, recursive: true);
    }
}
