namespace SlmGuide.Bench.Gguf;

/// <summary>
/// Writes a model file under a temporary name beside it and moves it into place when complete, so
/// an interrupted or concurrent run never sees a partial file; a failed write leaves nothing behind.
/// </summary>
public static class CompletedFile
{
    /// <summary>Runs <paramref name="writeTo"/> with a temporary path in the target's folder, then moves that file to <paramref name="path"/>.</summary>
    public static void Produce(string path, Action<string> writeTo)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(writeTo);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            writeTo(temporary);

            // Another process may have finished the same file first; its bytes are identical.
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary><see cref="Produce"/> for a writer that fills a stream.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        Produce(path, temporary =>
        {
            using var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20);
            write(stream);
        });
    }
}
