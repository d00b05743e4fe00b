using SlmGuide.Bench.Gguf;

namespace SlmGuide.Bench.Twins;

/// <summary>
/// Twin files in the model cache, one per spec identity, each written whole (<see cref="CompletedFile"/>).
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

        CompletedFile.Write(path, stream => TwinModelWriter.Write(spec, stream));
        return path;
    }
}
