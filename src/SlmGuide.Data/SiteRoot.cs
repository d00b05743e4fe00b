namespace SlmGuide.Data;

/// <summary>
/// The folder holding content/, data/ and theme/. Diagnostics show paths relative to it, with
/// forward slashes, so messages read the same on every machine and in CI logs.
/// </summary>
public sealed class SiteRoot(string path)
{
    public string FullPath { get; } = Path.GetFullPath(path);

    public string Resolve(string relative) => Path.Combine(FullPath, relative);

    public string Display(string path) =>
        Path.GetRelativePath(FullPath, path).Replace(Path.DirectorySeparatorChar, '/');
}
