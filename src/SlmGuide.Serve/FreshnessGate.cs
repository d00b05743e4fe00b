namespace SlmGuide.Serve;

/// <summary>
/// Open while the output matches the files on disk; closed from the moment a change is seen
/// until the rebuild that includes it has finished. Page requests wait at the gate, so the
/// preview never answers with a page older than the last save.
/// </summary>
public sealed class FreshnessGate
{
    private readonly Lock _lock = new();
    private TaskCompletionSource _open = Opened();

    public void Close()
    {
        lock (_lock)
        {
            if (_open.Task.IsCompleted)
            {
                _open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }

    public void Open()
    {
        lock (_lock)
        {
            _open.TrySetResult();
        }
    }

    /// <summary>Waits until the output is fresh, or the time runs out (a very slow rebuild should not hang the browser).</summary>
    public async Task WaitAsync(TimeSpan limit, CancellationToken cancellation)
    {
        Task open;
        lock (_lock)
        {
            open = _open.Task;
        }

        try
        {
            await open.WaitAsync(limit, cancellation).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Serve what there is; the reload event follows when the rebuild ends.
        }
    }

    private static TaskCompletionSource Opened()
    {
        var source = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        source.SetResult();
        return source;
    }
}
