using System.Reflection;

namespace SlmGuide.Bench.LlamaSharpWorker;

/// <summary>What the build recorded about the LLamaSharp packages (see the project file): the pinned version and where restore put the CPU backend.</summary>
public static class LlamaSharpBuild
{
    /// <summary>The LLamaSharp package version pinned in Directory.Packages.props; its assembly carries no version of its own.</summary>
    public static string PackageVersion { get; } = Metadata("LLamaSharpVersion");

    /// <summary>The restored LLamaSharp.Backend.Cpu package folder on the machine that built the worker.</summary>
    public static string BackendFolder { get; } = Metadata("LLamaSharpBackendFolder");

    private static string Metadata(string key) =>
        typeof(LlamaSharpBuild).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value ?? string.Empty;
}
