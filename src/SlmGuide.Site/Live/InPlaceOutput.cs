using System.Collections.Concurrent;
using System.Security.Cryptography;
using SlmGuide.Site.Output;

namespace SlmGuide.Site.Live;

/// <summary>
/// Writes straight into the served folder. Each file is written beside its target and renamed
/// over it, so a request never reads half a page; a file whose bytes did not change is left
/// alone, so its timestamp and any open reader are undisturbed.
/// </summary>
public sealed class InPlaceOutput(string folder) : ISiteOutput
{
    private readonly ConcurrentDictionary<string, byte[]> _hashes = new(StringComparer.Ordinal);

    public string FolderPath { get; } = Path.GetFullPath(folder);

    public IReadOnlyDictionary<string, byte[]> WrittenHashes => _hashes;

    public void WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(FolderPath, relativePath);
        _hashes[Path.GetRelativePath(FolderPath, path).Replace('\\', '/')] = SHA256.HashData(bytes);
        if (File.Exists(path) && new FileInfo(path).Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }

    // The preview empties the folder before its first full write (Clear) and never runs a
    // whole-folder tool after that, so there is no older site to remove and nothing to count.
    public void RemoveUnwritten(string exceptUnder)
    {
    }

    public void Keep(string relativeFolder)
    {
    }

    // Each file went straight to the served folder as it was written.
    public void Commit()
    {
    }

    public void Delete(string relativePath)
    {
        var path = Path.Combine(FolderPath, relativePath);
        _hashes.TryRemove(Path.GetRelativePath(FolderPath, path).Replace('\\', '/'), out _);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    /// <summary>Empties the folder before the first full write, so no file of an older site survives.</summary>
    public void Clear()
    {
        if (Directory.Exists(FolderPath))
        {
            Directory.Delete(FolderPath, recursive: true);
        }

        _hashes.Clear();

        Directory.CreateDirectory(FolderPath);
        this.WriteText(OutputFolderGuard.MarkerFile, OutputFolderGuard.MarkerText);
    }
}
