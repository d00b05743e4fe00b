using SlmGuide.Data;
using SlmGuide.Data.Diagnostics;

namespace SlmGuide.Site.Building;

/// <summary>
/// Finds symbolic links among the site's sources that lead nowhere: dangling ones and loops. The
/// readers list a link as a file and then fail to open it, so the build looks first and names each
/// such link. Links to folders are not followed by the readers (a loop through one costs nothing);
/// links that resolve are read as the files they point at.
/// </summary>
internal static class BrokenInputLinks
{
    /// <summary>Reports each link under <paramref name="folders"/> that leads nowhere; true when there was none.</summary>
    public static bool Check(SiteRoot root, IEnumerable<string> folders, DiagnosticBag diagnostics)
    {
        var clean = true;
        foreach (var folder in folders.Select(root.Resolve).Where(Directory.Exists))
        {
            var links = new DirectoryInfo(folder)
                .EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true })
                .Where(entry => entry.LinkTarget is not null)
                .OrderBy(entry => entry.FullName, StringComparer.Ordinal);
            foreach (var link in links)
            {
                if (Problem(link) is { } problem)
                {
                    clean = false;
                    diagnostics.Add(Diagnostic.Error(
                        DiagnosticCodes.BrokenInputLink,
                        SourceLocation.StartOf(root.Display(link.FullName)),
                        $"the symbolic link `{root.Display(link.FullName)}` → `{link.LinkTarget}` {problem}",
                        "point the link at an existing file, or remove it"));
                }
            }
        }

        return clean;
    }

    private static string? Problem(FileSystemInfo link)
    {
        try
        {
            return link.ResolveLinkTarget(returnFinalTarget: true) is { Exists: true } ? null : "points at nothing (its target does not exist)";
        }
        catch (IOException)
        {
            return "leads back to itself (a loop of links)";
        }
    }
}
