using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SlmGuide.Site.Output;

/// <summary>
/// What a search index was made from, kept inside the index folder. Pagefind's output depends
/// only on the site's HTML files, its own version and its settings, and it is deterministic, so a
/// rebuild whose stamp still matches may keep the index it has instead of spending seconds to
/// write the same bytes again. The file count and size guard against an index damaged since.
/// </summary>
public sealed record SearchIndexStamp(string InputsDigest, int FileCount, long ByteCount)
{
    public const string FileName = ".slmguide-inputs";

    /// <summary>SHA-256 over the indexer's settings and the path and hash of every page it will read.</summary>
    public static string DigestOf(IEnumerable<KeyValuePair<string, byte[]>> pageHashes, IEnumerable<string> settings)
    {
        ArgumentNullException.ThrowIfNull(pageHashes);
        ArgumentNullException.ThrowIfNull(settings);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var setting in settings)
        {
            AppendLine(hash, setting);
        }

        foreach (var (path, pageHash) in pageHashes.OrderBy(page => page.Key, StringComparer.Ordinal))
        {
            AppendLine(hash, $"{path} {Convert.ToHexStringLower(pageHash)}");
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The stamp for an index just made from <paramref name="inputsDigest"/>.</summary>
    public static SearchIndexStamp Describe(string inputsDigest, string indexFolder)
    {
        var files = IndexFiles(indexFolder).ToList();
        return new SearchIndexStamp(inputsDigest, files.Count, files.Sum(file => file.Length));
    }

    /// <summary>The stamp in the index folder, or null when there is none or it cannot be read.</summary>
    public static SearchIndexStamp? Read(string indexFolder)
    {
        var path = Path.Combine(indexFolder, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        var fields = File.ReadAllText(path).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return fields.Length == 3
            && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && long.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var bytes)
            ? new SearchIndexStamp(fields[0], count, bytes)
            : null;
    }

    /// <summary>True when the index in the folder was made from these inputs and is still whole.</summary>
    public bool StillDescribes(string inputsDigest, string indexFolder) =>
        InputsDigest == inputsDigest && Describe(inputsDigest, indexFolder) == this;

    public string ToText() => string.Create(CultureInfo.InvariantCulture, $"{InputsDigest} {FileCount} {ByteCount}\n");

    private static IEnumerable<FileInfo> IndexFiles(string indexFolder) =>
        Directory.Exists(indexFolder)
            ? new DirectoryInfo(indexFolder).EnumerateFiles("*", SearchOption.AllDirectories).Where(file => file.Name != FileName)
            : [];

    private static void AppendLine(IncrementalHash hash, string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));
}
