using System.Security.Cryptography;
using SlmGuide.Bench.Native;

namespace SlmGuide.Bench.Suite;

/// <summary>
/// Names the engine build a result came from. llama.cpp's version string alone ("0.5.0-dev") does
/// not change between builds, so the SHA-256 of the loaded libllama is added: a new engine build
/// invalidates every cached result.
/// </summary>
public static class EngineIdentity
{
    public static string Of(LlamaRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        var library = Directory.EnumerateFiles(runtime.LibraryDirectory, "libllama*")
            .Where(path => !path.Contains("common", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
        if (library is null)
        {
            return $"llama.cpp {LlamaRuntime.Version}";
        }

        using var stream = File.OpenRead(library);
        return $"llama.cpp {LlamaRuntime.Version} ({Path.GetFileName(library)} sha256:{Convert.ToHexStringLower(SHA256.HashData(stream))[..12]})";
    }
}
