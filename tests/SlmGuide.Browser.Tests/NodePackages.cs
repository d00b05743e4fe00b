using SlmGuide.Testing;

namespace SlmGuide.Browser.Tests;

/// <summary>The repository's npm packages (Pagefind, axe-core), installed with `npm ci` when missing.</summary>
internal static class NodePackages
{
    private static readonly Lock Gate = new();

    public static string Folder { get; } = Path.Combine(TestRepository.Root, "node_modules");

    public static string AxeScript => Path.Combine(Folder, "axe-core", "axe.min.js");

    public static void Ensure()
    {
        lock (Gate)
        {
            if (!File.Exists(AxeScript) || !Directory.Exists(Path.Combine(Folder, "@pagefind")))
            {
                new SystemCommand("npm", ["ci", "--no-audit", "--no-fund"]) { WorkingDirectory = TestRepository.Root }.Run();
            }
        }
    }
}
