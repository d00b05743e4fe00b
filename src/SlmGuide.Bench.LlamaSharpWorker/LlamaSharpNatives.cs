using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using SlmGuide.Bench.Native;

namespace SlmGuide.Bench.LlamaSharpWorker;

/// <summary>
/// Finds LLamaSharp's native libraries for this machine. The backend package ships four x64 builds
/// (noavx, avx, avx2, avx512); the worker picks the one LLamaSharp's own loader would pick and
/// hands LLamaSharp its full path, because that loader searches the working directory first.
/// The folder is <see cref="OverrideVariable"/> if set, else the restored NuGet package.
/// </summary>
public static class LlamaSharpNatives
{
    public const string OverrideVariable = "SLMGUIDE_LLAMASHARP_LIB_DIR";

    /// <summary>The OpenMP runtime the backend's ggml-cpu links against (Debian package libgomp1).</summary>
    public const string OpenMpLibrary = "libgomp.so.1";

    private static readonly string[] Variants = ["avx512", "avx2", "avx", "noavx"];

    /// <summary>The folder holding libllama for this machine.</summary>
    /// <exception cref="LlamaEngineNotFoundException">No such folder, or the system lacks libgomp; the message names the fix.</exception>
    public static string Locate(string? overrideFolder = null)
    {
        var overridden = overrideFolder ?? Environment.GetEnvironmentVariable(OverrideVariable);
        if (!string.IsNullOrWhiteSpace(overridden))
        {
            return PickVariant(overridden) ?? throw new LlamaEngineNotFoundException(
                $"{OverrideVariable} is '{overridden}', which holds no {LibraryFile("llama")} (nor a variant folder {string.Join("/", Variants)} with one); point it at LLamaSharp's native folder or unset it.");
        }

        var searched = new List<string>();
        foreach (var package in PackageFolders())
        {
            var native = Path.Combine(package, "LLamaSharpRuntimes", RuntimeInformation.RuntimeIdentifier, "native");
            searched.Add(native);
            if (PickVariant(native) is { } found)
            {
                return found;
            }
        }

        throw new LlamaEngineNotFoundException(
            $"LLamaSharp's native libraries for {RuntimeInformation.RuntimeIdentifier} are not installed (looked in {string.Join(", ", searched)}); " +
            $"run `dotnet restore` in the repository, or set {OverrideVariable} to a folder that holds {LibraryFile("llama")}.");
    }

    /// <summary>Fails with a one-line fix when the OpenMP runtime is missing; LLamaSharp's own loader would only say that libllama did not load.</summary>
    /// <exception cref="LlamaEngineNotFoundException">The library cannot be loaded.</exception>
    public static void RequireOpenMp(string library = OpenMpLibrary)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        if (!NativeLibrary.TryLoad(library, out var handle))
        {
            throw new LlamaEngineNotFoundException($"LLamaSharp's CPU backend needs the OpenMP runtime {library}: install the Debian package libgomp1 (`apt-get install libgomp1`).");
        }

        NativeLibrary.Free(handle);
    }

    /// <summary>The file name of a native library on this system, for example <c>libllama.so</c>.</summary>
    public static string LibraryFile(string name) =>
        OperatingSystem.IsWindows() ? $"{name}.dll" : OperatingSystem.IsMacOS() ? $"lib{name}.dylib" : $"lib{name}.so";

    /// <summary>The variant folder LLamaSharp would choose, the folder itself when it holds libllama, or null.</summary>
    private static string? PickVariant(string folder)
    {
        if (File.Exists(Path.Combine(folder, LibraryFile("llama"))))
        {
            return Path.GetFullPath(folder);
        }

        return Variants.SkipWhile(variant => !Supported(variant))
            .Select(variant => Path.Combine(folder, variant))
            .FirstOrDefault(candidate => File.Exists(Path.Combine(candidate, LibraryFile("llama"))));
    }

    // LLamaSharp's rule (NativeLibraryConfig): avx512 only with F, BW, VBMI and VNNI, so both choose alike.
    private static bool Supported(string variant) => variant switch
    {
        "avx512" => Avx512F.IsSupported && Avx512BW.IsSupported && Avx512Vbmi.IsSupported && HasAvx512Vnni(),
        "avx2" => Avx2.IsSupported,
        "avx" => Avx.IsSupported,
        _ => true,
    };

    private static bool HasAvx512Vnni() => X86Base.IsSupported && (X86Base.CpuId(7, 0).Ecx & (1 << 11)) != 0;

    private static IEnumerable<string> PackageFolders()
    {
        var relative = Path.Combine("llamasharp.backend.cpu", LlamaSharpBuild.PackageVersion);
        if (!string.IsNullOrEmpty(LlamaSharpBuild.BackendFolder))
        {
            yield return LlamaSharpBuild.BackendFolder;
        }

        if (Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } packages)
        {
            yield return Path.Combine(packages, relative);
        }

        yield return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages", relative);
    }
}
