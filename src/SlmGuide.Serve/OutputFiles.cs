using SlmGuide.Site.Output;

namespace SlmGuide.Serve;

/// <summary>
/// Maps a request path to a file inside the output folder and nowhere else. `..` segments,
/// encoded ones included, control characters and backslashes are refused, and every existing
/// part of the path is resolved through symbolic links, so a link that points outside is refused too.
/// </summary>
public sealed class OutputFiles(string folder)
{
    private readonly string _folder = RealPath.Of(Path.GetFullPath(folder));

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

        var real = RealPath.Of(candidate);
        return File.Exists(real) && IsInside(real) ? real : null;
    }

    private bool IsInside(string path) =>
        path.StartsWith(_folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
