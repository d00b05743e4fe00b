using SlmGuide.Testing;

namespace SlmGuide.Serve.Tests;

/// <summary>The small fixture site in a temp root, with `slmguide serve` running on it.</summary>
internal sealed class PreviewSite : IDisposable
{
    public PreviewSite(params string[] serveArguments)
    {
        Root = TestRepository.CreateFixtureSite("mini", "slmguide-serve-");
        Server = ServeProcess.Start(Root, serveArguments);
    }

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
