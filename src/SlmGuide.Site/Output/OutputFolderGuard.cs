namespace SlmGuide.Site.Output;

/// <summary>
/// Decides whether a folder may receive the site. A build replaces its output folder whole, so
/// the folder must be one the build owns: never the site root, a folder holding it, a folder
/// inside its sources, the file system's root or a file, and never a folder that holds someone
/// else's files. slmguide marks each folder it writes with <see cref="MarkerFile"/>; a folder
/// with files and no marker is refused (the default `_site` is taken as it is: earlier versions
/// wrote no marker).
/// </summary>
public static class OutputFolderGuard
{
    public const string MarkerFile = ".slmguide-site";

    public const string MarkerText = "This folder is written by slmguide and replaced on every build; files put here by hand are deleted.\n";

    private static readonly string[] SourceFolders = ["content", "data", "theme"];

    /// <summary>Null when the folder may be written; otherwise why not, as one sentence with what to do.</summary>
    public static string? Refusal(string root, string output)
    {
        var site = RealPath.Of(Path.GetFullPath(root));
        var target = RealPath.Of(Path.GetFullPath(output));
        if (target == Path.GetPathRoot(target))
        {
            return $"`{output}` is the root of the file system; name a folder of its own, such as {Path.Combine(root, "_site")}";
        }

        if (File.Exists(target))
        {
            return $"`{output}` is a file, not a folder; name a folder for the site";
        }

        if (FileAbove(target) is { } file)
        {
            return $"`{output}` runs under `{file}`, which is a file, not a folder; name a folder whose parents are folders";
        }

        if (MountPoints.Contains(target))
        {
            return $"`{output}` is a mount point, which a build cannot swap for a new folder; name a folder inside it, such as {Path.Combine(output, "site")}";
        }

        if (IsSameOrInside(site, target))
        {
            return $"`{output}` holds the site's own sources ({site}); name a folder inside or beside it, such as {Path.Combine(root, "_site")}";
        }

        foreach (var source in SourceFolders.Select(folder => Path.Combine(site, folder)).Where(folder => IsSameOrInside(target, folder)))
        {
            return $"`{output}` is inside the site's `{Path.GetFileName(source)}/` folder, whose files a build would delete; name a folder outside it";
        }

        var isDefault = target == Path.Combine(site, "_site");
        if (!isDefault && Directory.Exists(target) && !File.Exists(Path.Combine(target, MarkerFile)) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            return $"`{output}` is not empty and was not written by slmguide (it has no {MarkerFile}); name an empty or new folder, or empty this one yourself";
        }

        return null;
    }

    // The nearest existing parent, when it is a file: `--out notes.txt/site` could never be made.
    private static string? FileAbove(string path)
    {
        for (var parent = Path.GetDirectoryName(path); parent is not null; parent = Path.GetDirectoryName(parent))
        {
            if (File.Exists(parent))
            {
                return parent;
            }

            if (Directory.Exists(parent))
            {
                return null;
            }
        }

        return null;
    }

    private static bool IsSameOrInside(string path, string folder) =>
        path == folder || path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
