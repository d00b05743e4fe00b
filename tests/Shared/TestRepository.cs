namespace SlmGuide.Testing;

/// <summary>Shared by the test projects (linked as source): finds the repository and copies fixtures.</summary>
internal static class TestRepository
{
    public static string Root { get; } = FindRoot();

    /// <summary>A temp site root holding a fixture's content and data plus the repository's real theme.</summary>
    public static string CreateFixtureSite(string fixture, string prefix)
    {
        var root = Directory.CreateTempSubdirectory(prefix).FullName;
        CopyFolder(Path.Combine(Root, "tests", "SlmGuide.Site.Tests", "Fixtures", fixture), root);
        CopyFolder(Path.Combine(Root, "theme"), Path.Combine(root, "theme"));
        return root;
    }

    public static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }
    }

    private static string FindRoot()
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
