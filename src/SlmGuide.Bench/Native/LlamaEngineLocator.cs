using System.Runtime.InteropServices;

namespace SlmGuide.Bench.Native;

/// <summary>
/// Finds the folder that holds libllama and libggml: the override in
/// <see cref="OverrideVariable"/>, else <c>node_modules/@node-llama-cpp/&lt;platform&gt;/bins/&lt;platform&gt;</c>
/// in the nearest folder above the application or the working directory that has one.
/// </summary>
public static class LlamaEngineLocator
{
    public const string OverrideVariable = "SLMGUIDE_LLAMA_LIB_DIR";
    public const string PackageVersion = "3.22.1";

    /// <summary>The npm platform name of this process, as node-llama-cpp spells it (for example <c>linux-x64</c>).</summary>
    public static string PlatformName
    {
        get
        {
            var os = OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "mac" : "linux";
            var arch = RuntimeInformation.ProcessArchitecture switch
            {
                Architecture.X64 => "x64",
                Architecture.Arm64 => "arm64",
                Architecture.Arm => "armv7l",
                var other => other.ToString().ToLowerInvariant(),
            };
            return OperatingSystem.IsMacOS() && arch == "arm64" ? "mac-arm64-metal" : $"{os}-{arch}";
        }
    }

    public static string InstallCommand => "npm ci";

    public static string Locate()
    {
        var overridden = Environment.GetEnvironmentVariable(OverrideVariable);
        if (!string.IsNullOrWhiteSpace(overridden))
        {
            if (HasLlamaLibrary(overridden))
            {
                return Path.GetFullPath(overridden);
            }

            throw new LlamaEngineNotFoundException(
                $"{OverrideVariable} is set to '{overridden}', but that folder holds no libllama. " +
                $"Point it at a folder with libllama and libggml, or unset it to use the npm engine.");
        }

        var relative = Path.Combine("node_modules", "@node-llama-cpp", PlatformName, "bins", PlatformName);
        var searched = new List<string>();
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, relative);
                if (HasLlamaLibrary(candidate))
                {
                    return candidate;
                }

                if (File.Exists(Path.Combine(folder.FullName, "package.json")))
                {
                    searched.Add(folder.FullName);
                }
            }
        }

        var root = searched.Count > 0 ? searched[0] : Environment.CurrentDirectory;
        throw new LlamaEngineNotFoundException(
            $"The llama.cpp engine for {PlatformName} is not installed (looked for {relative} above " +
            $"'{AppContext.BaseDirectory}' and '{Environment.CurrentDirectory}'). " +
            $"Install it with `cd {root} && {InstallCommand}` (package @node-llama-cpp/{PlatformName}@{PackageVersion}), " +
            $"or set {OverrideVariable} to a folder that holds libllama.");
    }

    internal static bool HasLlamaLibrary(string folder) => FindLibrary(folder, "llama") is not null;

    /// <summary>
    /// Finds the main library file for a logical name. Versioned names (<c>libllama.v0.5.0.so</c>)
    /// are accepted, sibling libraries that only share the prefix (<c>libllama-common.so</c>) are not.
    /// </summary>
    internal static string? FindLibrary(string folder, string logicalName)
    {
        if (!Directory.Exists(folder))
        {
            return null;
        }

        var (prefix, extension) = OperatingSystem.IsWindows() ? (logicalName + ".", ".dll")
            : OperatingSystem.IsMacOS() ? ("lib" + logicalName + ".", ".dylib")
            : ("lib" + logicalName + ".", ".so");
        return Directory.EnumerateFiles(folder)
            .Where(path =>
            {
                var name = Path.GetFileName(path);
                return name.StartsWith(prefix, StringComparison.Ordinal) &&
                    name.EndsWith(extension, StringComparison.Ordinal);
            })
            .OrderBy(path => path, StringComparer.Ordinal)
            .FirstOrDefault();
    }
}
