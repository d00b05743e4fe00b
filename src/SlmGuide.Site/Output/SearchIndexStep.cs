using System.Diagnostics;
using System.Runtime.InteropServices;
using SlmGuide.Data;
using SlmGuide.Data.Diagnostics;
using SlmGuide.Site.Building;

namespace SlmGuide.Site.Output;

/// <summary>
/// Builds the search index with Pagefind's extended binary, which segments Japanese into words.
/// Runs last, over the staged site, so the index sees exactly the pages that will be published.
/// Pagefind comes from npm: a site root with a package.json gets `npm ci` run for it when the
/// binary is missing; a site root without one is built without search.
/// </summary>
public sealed class SearchIndexStep : IOutputStep
{
    public const string PackageFile = "package.json";

    public string Name => "search index";

    public SiteInputKinds DependsOn => SiteInputKinds.Content | SiteInputKinds.Data | SiteInputKinds.Templates;

    // Indexing takes seconds on a large site; the live preview would wait for it on every save.
    public bool RunsOnLiveUpdates => false;

    public void Write(PlannedSite site, ISiteOutput output, DiagnosticBag diagnostics)
    {
        var root = site.Inputs.Root;
        if (!File.Exists(root.Resolve(PackageFile)))
        {
            return;
        }

        var binary = root.Resolve(Path.Combine("node_modules", "@pagefind", Platform(), "bin", Executable()));
        if (!File.Exists(binary) && !InstallPackages(root, diagnostics))
        {
            return;
        }

        if (!File.Exists(binary))
        {
            Fail(diagnostics, $"npm finished but {root.Display(binary)} is missing", "check that package.json lists `@pagefind/linux-x64` 1.6.0 (or the package for this platform)");
            return;
        }

        var run = Run(binary, root.FullPath, "--site", output.FolderPath, "--silent");
        if (run.ExitCode != 0)
        {
            Fail(diagnostics, $"Pagefind failed (exit {run.ExitCode}): {run.Output}", "run the build again with the same inputs; if it repeats, report the message");
        }
    }

    private static bool InstallPackages(SiteRoot root, DiagnosticBag diagnostics)
    {
        var command = File.Exists(root.Resolve("package-lock.json")) ? "ci" : "install";
        try
        {
            var run = Run("npm", root.FullPath, command, "--no-audit", "--no-fund");
            if (run.ExitCode == 0)
            {
                return true;
            }

            Fail(diagnostics, $"`npm {command}` failed (exit {run.ExitCode}): {run.Output}", "run `npm ci` in the site root and read its message");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Fail(diagnostics, "npm is not installed, so Pagefind cannot be installed", "install Node.js with npm, or delete package.json to build without search");
        }

        return false;
    }

    private static (int ExitCode, string Output) Run(string program, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, (stderr.Result + stdout.Result).Trim());
    }

    private static void Fail(DiagnosticBag diagnostics, string message, string hint) =>
        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SearchIndexFailed, SourceLocation.StartOf(PackageFile), message, hint));

    private static string Platform()
    {
        var os = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "darwin" : "linux";
        var cpu = RuntimeInformation.OSArchitecture == Architecture.Arm64 ? "arm64" : "x64";
        return $"{os}-{cpu}";
    }

    private static string Executable() => OperatingSystem.IsWindows() ? "pagefind_extended.exe" : "pagefind_extended";
}
