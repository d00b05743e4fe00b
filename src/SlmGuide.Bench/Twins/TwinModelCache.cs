namespace SlmGuide.Bench.Twins;

/// <summary>
/// Twin files in the model cache, one per spec identity. A file is written under a temporary name
/// and moved into place, so an interrupted run never leaves a half-written twin behind.
/// </summary>
public sealed class TwinModelCache(string directory)
{
    public string Directory { get; } = directory;

    public string PathFor(TwinSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return Path.Combine(Directory, $"{spec.Identity}.gguf");
    }

    public string GetOrCreate(TwinSpec spec)
    {
        var path = PathFor(spec);
        if (File.Exists(path))
        {
            return path;
        }

        System.IO.Directory.CreateDirectory(Directory);
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20))
            {
                TwinModelWriter.Write(spec, stream);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        return path;
    }
}
