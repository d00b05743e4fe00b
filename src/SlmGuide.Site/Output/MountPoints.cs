using System.Buffers;
using System.Text;

namespace SlmGuide.Site.Output;

/// <summary>
/// Whether a folder is a mount point, from Linux's /proc/self/mountinfo. A mount point cannot be
/// renamed or exchanged (EBUSY), and the build's swap does both, so such an output is refused up
/// front. Elsewhere (no mountinfo) nothing is refused here and the swap's error is reported instead.
/// </summary>
public static class MountPoints
{
    private const string MountInfo = "/proc/self/mountinfo";
    private static readonly SearchValues<char> OctalDigits = SearchValues.Create("01234567");

    public static bool Contains(string folder)
    {
        if (!File.Exists(MountInfo))
        {
            return false;
        }

        var wanted = Path.TrimEndingDirectorySeparator(folder);
        return File.ReadLines(MountInfo)
            .Select(line => line.Split(' '))
            .Where(fields => fields.Length > 4)
            .Any(fields => Unescape(fields[4]) == wanted);
    }

    // mountinfo writes a space, tab, newline and backslash in a path as \040, \011, \012 and \134.
    private static string Unescape(string field)
    {
        if (!field.Contains('\\', StringComparison.Ordinal))
        {
            return field;
        }

        var text = new StringBuilder(field.Length);
        for (var i = 0; i < field.Length; i++)
        {
            if (field[i] == '\\' && i + 3 < field.Length && !field.AsSpan(i + 1, 3).ContainsAnyExcept(OctalDigits))
            {
                text.Append((char)Convert.ToInt32(field.Substring(i + 1, 3), 8));
                i += 3;
            }
            else
            {
                text.Append(field[i]);
            }
        }

        return text.ToString();
    }
}
