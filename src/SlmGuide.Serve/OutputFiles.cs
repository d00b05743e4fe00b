namespace SlmGuide.Serve;

/// <summary>
/// Maps a request path to a file inside the output folder and nowhere else. `..` segments,
/// encoded ones included, control characters and backslashes are refused, and every existing
/// part of the path is resolved through symbolic links, so a link that points outside is refused too.
/// </summary>
public sealed class OutputFiles(string folder)
{
    private readonly string _folder = RealPath(Path.GetFullPath(folder)) ?? Path.GetFullPath(folder);

    /// <summary>The file a site path names (a folder means its index.html); null when there is none to serve.</summary>
    public string? Resolve(string sitePath)
    {
        var decoded = Uri.UnescapeDataString(sitePath);
        if (decoded.Any(c => char.IsControl(c) || c == '\\'))
        {
            return null;
        }

        var segments = decoded.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s is "." or ".."))
        {
            return null;
        }

        var candidate = Path.Combine([_folder, .. segments]);
        if (Directory.Exists(candidate))
        {
            candidate = Path.Combine(candidate, "index.html");
        }

        var real = RealPath(candidate);
        return real is not null && File.Exists(real) && IsInside(real) ? real : null;
    }

    private bool IsInside(string path) =>
        path.StartsWith(_folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    // Walks the path part by part, following each link to its final target, as the OS would.
    private static string? RealPath(string path)
    {
        var root = Path.GetPathRoot(path)!;
        var current = root;
        foreach (var part in path[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (!info.Exists)
            {
                return null;
            }

            if (info.LinkTarget is not null)
            {
                var target = info.ResolveLinkTarget(returnFinalTarget: true);
                if (target is null || !target.Exists)
                {
                    return null;
                }

                current = RealPath(target.FullName);
                if (current is null)
                {
                    return null;
                }
            }
        }

        return current;
    }
}
