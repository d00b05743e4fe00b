using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace SlmGuide.Site.Output;

/// <summary>
/// Writes the site into a staging folder beside the target and swaps it in only on success, so a
/// failed or interrupted build never leaves a half-written site where the old one was. The swap is
/// one exchange of the two folders (<see cref="FolderExchange"/>), so a build killed at any instant
/// leaves the old site or the new one, whole; the staging folders such a kill leaves behind are
/// removed by the next build.
/// The site the swap retires is kept as `.&lt;name&gt;.previous` and becomes the next build's staging
/// folder: files whose bytes did not change are left as they are and files the new build does not
/// make are removed, so a rebuild creates and deletes only what changed instead of a whole tree.
/// </summary>
public sealed class StagedOutput : ISiteOutput, IDisposable
{
    private readonly string _target;
    private readonly string _previous;
    private readonly ConcurrentDictionary<string, byte> _written = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte[]> _hashes = new(StringComparer.Ordinal);
    private bool _committed;
    private string? _sparedFolder;
    private bool _clean;
    private bool _failed;

    public StagedOutput(string target)
    {
        _target = Path.GetFullPath(target);
        var parent = Path.GetDirectoryName(_target)!;
        _previous = Path.Combine(parent, $".{Path.GetFileName(_target)}.previous");
        StagingPath = Path.Combine(parent, StagingFolders.NameFor(_target));
        Writing(() =>
        {
            Directory.CreateDirectory(parent);
            StagingFolders.RemoveAbandoned(_target);
            if (!TryMove(_previous, StagingPath))
            {
                Directory.CreateDirectory(StagingPath);
            }
        });

        this.WriteText(OutputFolderGuard.MarkerFile, OutputFolderGuard.MarkerText);
    }

    public string StagingPath { get; }

    public string FolderPath => StagingPath;

    public IReadOnlyDictionary<string, byte[]> WrittenHashes => _hashes;

    public void WriteBytes(string relativePath, byte[] bytes) => Writing(() => Write(relativePath, bytes));

    private void Write(string relativePath, byte[] bytes)
    {
        var path = Path.GetFullPath(Path.Combine(StagingPath, relativePath));
        _written.TryAdd(path, 0);
        _hashes[Path.GetRelativePath(StagingPath, path).Replace('\\', '/')] = SHA256.HashData(bytes);
        var existing = new FileInfo(path);
        if (existing.Exists && existing.Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    public void RemoveUnwritten(string exceptUnder) => Writing(() => RemoveUnwrittenExcept(exceptUnder));

    private void RemoveUnwrittenExcept(string exceptUnder)
    {
        var spared = Path.Combine(StagingPath, exceptUnder) + Path.DirectorySeparatorChar;
        RemoveUnwritten(file => file.StartsWith(spared, StringComparison.Ordinal));
        _sparedFolder = exceptUnder;
    }

    public void Keep(string relativeFolder)
    {
        // Everything outside the spared folder is this build's already; keeping that folder too
        // leaves nothing for Commit to remove, which spares it a walk over the whole tree.
        if (relativeFolder == _sparedFolder)
        {
            _sparedFolder = null;
            _clean = true;
            return;
        }

        var folder = Path.Combine(StagingPath, relativeFolder);
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            _written.TryAdd(file, 0);
        }
    }

    /// <summary>Removes what the previous site had and this one does not, then swaps the new site in.</summary>
    public void Commit() => Writing(Swap);

    private void Swap()
    {
        if (!_clean)
        {
            RemoveUnwritten(_ => false);
        }

        SwapFault.Before(SwapFault.Steps.ClearPrevious);
        if (Directory.Exists(_previous))
        {
            Directory.Delete(_previous, recursive: true);
        }

        if (!Directory.Exists(_target))
        {
            SwapFault.Before(SwapFault.Steps.MoveIn);
            Directory.Move(StagingPath, _target);
        }
        else
        {
            SwapFault.Before(SwapFault.Steps.Exchange);
            if (FolderExchange.TryExchange(StagingPath, _target))
            {
                // The staging path now holds the retired site: it becomes the next build's base.
                SwapFault.Before(SwapFault.Steps.Retire);
                Directory.Move(StagingPath, _previous);
            }
            else
            {
                SwapByTwoRenames();
            }
        }

        _committed = true;
    }

    // Where the file system cannot exchange folders: the old way, with a moment of no site.
    private void SwapByTwoRenames()
    {
        Directory.Move(_target, _previous);
        try
        {
            Directory.Move(StagingPath, _target);
        }
        catch (IOException)
        {
            Directory.Move(_previous, _target);
            throw;
        }
    }

    /// <summary>
    /// A build that did not commit hands its folder on as the base of the next one; one that
    /// failed to write removes it instead, since a full disk needs its space back.
    /// </summary>
    public void Dispose()
    {
        if (_committed || !Directory.Exists(StagingPath))
        {
            return;
        }

        try
        {
            if (_failed || !TryMove(StagingPath, _previous))
            {
                Directory.Delete(StagingPath, recursive: true);
            }
        }
        catch (Exception exception) when (_failed && exception is IOException or UnauthorizedAccessException)
        {
            // The disk that refused the build may refuse the clean-up too; the next build removes the folder.
        }
    }

    // Every file-system call of the output goes through here, so a failing disk is one kind of error.
    private void Writing(Action write)
    {
        try
        {
            write();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException && exception is not OutputWriteException)
        {
            _failed = true;
            throw OutputWriteException.For(_target, exception);
        }
    }

    private void RemoveUnwritten(Func<string, bool> spared)
    {
        var occupied = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(StagingPath, "*", SearchOption.AllDirectories))
        {
            if (!_written.ContainsKey(file) && !spared(file))
            {
                File.Delete(file);
                continue;
            }

            for (var folder = Path.GetDirectoryName(file); folder is not null && folder.Length > StagingPath.Length && occupied.Add(folder); folder = Path.GetDirectoryName(folder))
            {
            }
        }

        // A folder with no file left anywhere below it belonged only to the older site. Deepest
        // first, so each is empty by the time it is removed.
        foreach (var folder in Directory.EnumerateDirectories(StagingPath, "*", SearchOption.AllDirectories).Where(f => !occupied.Contains(f)).OrderByDescending(f => f.Length))
        {
            Directory.Delete(folder);
        }
    }

    private static bool TryMove(string from, string to)
    {
        try
        {
            Directory.Move(from, to);
            return true;
        }
        catch (DirectoryNotFoundException)
        {
            return false;
        }
    }
}
