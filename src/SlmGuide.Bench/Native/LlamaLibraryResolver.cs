using System.Reflection;
using System.Runtime.InteropServices;

namespace SlmGuide.Bench.Native;

/// <summary>Maps the logical library names of <see cref="LlamaNativeMethods"/> to files in the engine folder.</summary>
internal static class LlamaLibraryResolver
{
    private static readonly Lock Gate = new();
    private static string? _directory;

    internal static void Install(string directory)
    {
        lock (Gate)
        {
            if (_directory is not null)
            {
                if (!string.Equals(_directory, directory, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException(
                        $"The llama.cpp engine was already loaded from '{_directory}'; a process can use only one engine folder.");
                }

                return;
            }

            NativeLibrary.SetDllImportResolver(typeof(LlamaLibraryResolver).Assembly, Resolve);
            _directory = directory;
        }
    }

    private static nint Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (_directory is null || libraryName is not (LlamaNativeMethods.Llama or LlamaNativeMethods.Ggml))
        {
            return nint.Zero;
        }

        var file = LlamaEngineLocator.FindLibrary(_directory, libraryName) ?? throw new LlamaEngineNotFoundException(
            $"The engine folder '{_directory}' has no lib{libraryName}. Reinstall it with `{LlamaEngineLocator.InstallCommand}`.");
        return NativeLibrary.Load(file);
    }
}
