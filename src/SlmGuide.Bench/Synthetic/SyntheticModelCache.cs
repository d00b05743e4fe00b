using System.Security.Cryptography;

namespace SlmGuide.Bench.Synthetic;

/// <summary>
/// Keeps generated synthetic models on disk, outside git. The folder is
/// <c>$SLMGUIDE_CACHE/models</c> when that variable is set, else <c>&lt;root&gt;/.cache/slmguide/models</c>.
/// A model is written under a temporary name and renamed when complete, so concurrent or
/// interrupted runs never see a partial file.
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

        System.IO.Directory.CreateDirectory(Directory);
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20))
            {
                SyntheticModelWriter.Write(spec, stream);
            }

            // Another process may have finished the same model first; its bytes are identical.
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        return path;
    }

    /// <summary>Lower-case hex SHA-256 of a file, streamed.</summary>
    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
