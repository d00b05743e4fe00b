using System.Threading.Channels;

namespace SlmGuide.Serve;

/// <summary>
/// Watches content/, data/ and theme/ and hands out changes in bursts: after the first change it
/// waits until no change has come for the quiet time, so a "save all" or an editor's
/// write-then-rename makes one batch. Changes that arrive while a batch is being built simply
/// wait for the next one. If the system's change queue overflows, the batch says "everything".
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    private static readonly string[] Folders = ["content", "data", "theme"];
    private readonly Channel<string?> _events = Channel.CreateUnbounded<string?>();
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly TimeSpan _quiet;
    private readonly Action _stirred;

    /// <param name="stirred">Called on every raw change, before any waiting, so the server can hold requests for the rebuild.</param>
    public SiteWatcher(string root, TimeSpan quiet, Action stirred)
    {
        _quiet = quiet;
        _stirred = stirred;
        foreach (var folder in Folders.Select(f => Path.Combine(root, f)).Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => Notice(e.FullPath);
            watcher.Created += (_, e) => Notice(e.FullPath);
            watcher.Deleted += (_, e) => Notice(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Notice(e.OldFullPath);
                Notice(e.FullPath);
            };
            watcher.Error += (_, _) => Notice(null);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>True from the first change of a burst until its batch has been taken.</summary>
    public bool HasPending => _events.Reader.Count > 0;

    /// <summary>Waits for the next burst of changes to end, and returns it.</summary>
    public async Task<ChangeBatch> NextAsync(CancellationToken cancellation)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        var everything = false;
        void Take(string? path)
        {
            if (path is null)
            {
                everything = true;
            }
            else
            {
                paths.Add(path);
            }
        }

        Take(await _events.Reader.ReadAsync(cancellation).ConfigureAwait(false));
        while (true)
        {
            while (_events.Reader.TryRead(out var path))
            {
                Take(path);
            }

            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            quiet.CancelAfter(_quiet);
            try
            {
                await _events.Reader.WaitToReadAsync(quiet.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
            {
                return new ChangeBatch(paths, everything);
            }
        }
    }

    private void Notice(string? path)
    {
        _stirred();
        _events.Writer.TryWrite(path);
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }
    }
}
