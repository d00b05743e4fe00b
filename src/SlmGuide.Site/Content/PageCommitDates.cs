using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using SlmGuide.Data;

namespace SlmGuide.Site.Content;

/// <summary>
/// The date of the last commit that changed each page under content/, from one <c>git log</c>.
/// It is what a page shows as 更新日: the same commit always gives the same dates, whoever builds
/// it and whenever, which a file's modification time (reset by every clone) does not.
/// </summary>
public static class PageCommitDates
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    /// <summary>
    /// By display path (<c>content/devices.md</c>). Empty when the site is not in a git work tree
    /// or git is not installed: the dates are a reading aid, not something a build may fail on.
    /// </summary>
    public static IReadOnlyDictionary<string, DateOnly> Load(SiteRoot root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = root.FullPath,
        };

        // Newest first, so a path's first appearance is its last change. %cs is the committer date.
        foreach (var argument in new[] { "log", "--format=%x01%cs", "--name-only", "--relative", "--no-renames", "-z", "--", ContentLoader.Folder })
        {
            start.ArgumentList.Add(argument);
        }

        // A git that asks for a password or a pager would hang the build.
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["GIT_PAGER"] = "cat";
        string output;
        try
        {
            using var git = Process.Start(start);
            if (git is null)
            {
                return dates;
            }

            _ = git.StandardError.ReadToEndAsync();
            var reading = git.StandardOutput.ReadToEndAsync();
            if (!git.WaitForExit(Patience))
            {
                git.Kill(entireProcessTree: true);
                return dates;
            }

            output = reading.Result;
            if (git.ExitCode != 0)
            {
                return dates;
            }
        }
        catch (Win32Exception)
        {
            return dates;
        }

        DateOnly? current = null;
        foreach (var field in output.Split(['\0', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (field[0] == '\u0001')
            {
                current = DateOnly.TryParseExact(field[1..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
            }
            else if (current is { } date)
            {
                dates.TryAdd(field.Replace('\\', '/'), date);
            }
        }

        return dates;
    }
}
