using SlmGuide.Site.Building;
using SlmGuide.Testing;

namespace SlmGuide.Site.Tests;

/// <summary>
/// A site root in a temp folder: a fixture's content and data, with the repository's real theme,
/// so tests exercise what authors and readers get.
/// </summary>
public sealed class TestSite : IDisposable
{
    public TestSite(string fixture = "mini")
    {
        Root = TestRepository.CreateFixtureSite(fixture, "slmguide-site-");
    }

    public static string RepositoryRoot => TestRepository.Root;

    public string Root { get; }

    public string Output => Path.Combine(Root, "_site");

    public BuildResult Build(bool strict = false, string? output = null) =>
        SiteBuilder.Build(new BuildOptions(Root, output, strict));

    public string Read(string relative) => File.ReadAllText(Path.Combine(Output, relative));

    public void Write(string relative, string text)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Edit(string relative, string find, string replace)
    {
        var path = Path.Combine(Root, relative);
        var text = File.ReadAllText(path);
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
