using SlmGuide.Site.Building;

namespace SlmGuide.Site.Tests;

/// <summary>
/// A site root in a temp folder: a fixture's content and data, with the repository's real theme,
/// so tests exercise what authors and readers get.
/// </summary>
public sealed class TestSite : IDisposable
{
    public TestSite(string fixture = "mini")
    {
        Root = Directory.CreateTempSubdirectory("slmguide-site-").FullName;
        CopyFolder(Path.Combine(RepositoryRoot, "tests", "SlmGuide.Site.Tests", "Fixtures", fixture), Root);
        CopyFolder(Path.Combine(RepositoryRoot, "theme"), Path.Combine(Root, "theme"));
    }

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

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

    public static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SlmGuideSite.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("tests must run inside the repository");
    }
}
