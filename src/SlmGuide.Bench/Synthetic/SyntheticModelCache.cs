using System.Security.Cryptography;
using SlmGuide.Bench.Gguf;

namespace SlmGuide.Bench.Synthetic;

/// <summary>
/// Keeps generated synthetic models on disk, outside git. The folder is
/// <c>$SLMGUIDE_CACHE/models</c> when that variable is set, else <c>&lt;root&gt;/.cache/slmguide/models</c>.
/// Each model is written whole (<see cref="CompletedFile"/>).
/// </summary>
public sealed class SyntheticModelCache(string directory)
{
    public const string CacheVariable = "SLMGUIDE_CACHE";

    public string Directory { get; } = Path.GetFullPath(directory);

    /// <summary>The models folder for a repository root, honouring <see cref="CacheVariable"/>.</summary>
    public static string DefaultDirectory(string repositoryRoot)
    {
        var overridden = Environment.GetEnvironmentVariable(CacheVariable);
        return string.IsNullOrWhiteSpace(overridden)
            ? Path.Combine(Path.GetFullPath(repositoryRoot), ".cache", "slmguide", "models")
            : Path.Combine(Path.GetFullPath(overridden), "models");
    }

    public string PathFor(SyntheticModelSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return Path.Combine(Directory, $"synthetic-{spec.Identity}-F32.gguf");
    }

    /// <summary>Returns the cached model file for the spec, generating it first if needed.</summary>
    public string GetOrCreate(SyntheticModelSpec spec)
    {
        var path = PathFor(spec);
        if (File.Exists(path))
        {
            return path;
        }

        CompletedFile.Write(path, stream => SyntheticModelWriter.Write(spec, stream));
        return path;
    }

    /// <summary>Lower-case hex SHA-256 of a file, streamed.</summary>
    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
