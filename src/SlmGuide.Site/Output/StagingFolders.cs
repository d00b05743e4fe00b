using System.Globalization;

namespace SlmGuide.Site.Output;

/// <summary>
/// Names staging folders after the process that writes them (<c>._site.staging-&lt;pid&gt;-&lt;guid&gt;</c>),
/// so a later build can tell an abandoned one (its process is gone: the build was killed) from one
/// a build running right now is still writing.
/// </summary>
internal static class StagingFolders
{
    public static string NameFor(string target) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix(target)}{Environment.ProcessId}-{Guid.NewGuid():N}");

    public static void RemoveAbandoned(string target)
    {
        var parent = Path.GetDirectoryName(target)!;
        foreach (var folder in Directory.EnumerateDirectories(parent, Prefix(target) + "*"))
        {
            if (!IsStillBeingWritten(Path.GetFileName(folder)[Prefix(target).Length..]))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static string Prefix(string target) => $".{Path.GetFileName(target)}.staging-";

    // Folders of earlier versions carry no process id; their builds are long over.
    private static bool IsStillBeingWritten(string suffix)
    {
        var dash = suffix.IndexOf('-', StringComparison.Ordinal);
        return dash > 0
            && int.TryParse(suffix.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var processId)
            && processId != Environment.ProcessId
            && IsRunning(processId);
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
