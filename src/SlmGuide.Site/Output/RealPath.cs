namespace SlmGuide.Site.Output;

/// <summary>
/// A path with every symbolic link along it followed, as the system would follow them: a link
/// named as the output must not lead into the sources, and a link inside the output must not let
/// the preview serve a file outside it. Parts that do not exist yet are kept as written.
/// </summary>
public static class RealPath
{
    public static string Of(string fullPath)
    {
        var root = Path.GetPathRoot(fullPath)!;
        var current = root;
        var parts = fullPath[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            current = Path.Combine(current, parts[i]);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (!info.Exists && info.LinkTarget is null)
            {
                return Path.Combine([current, .. parts[(i + 1)..]]);
            }

            if (info.LinkTarget is not null)
            {
                var target = Target(info);
                current = target is null ? current : Of(target);
            }
        }

        return current;
    }

    // A dangling link, or a loop of links, has no target: the name is kept, and is then no source folder.
    private static string? Target(FileSystemInfo link)
    {
        try
        {
            return link.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
