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
/// binary is missing; a site root without one is built without search. A rebuild whose pages
/// and Pagefind settings did not change keeps the index it has (<see cref="SearchIndexStamp"/>).
/// </summary>
public sealed class SearchIndexStep : IOutputStep
{
    public const string PackageFile = "package.json";

    /// <summary>Where Pagefind puts the index, under the site.</summary>
    public const string IndexFolder = "pagefind";

    private static readonly string[] ConfigFiles = ["pagefind.json", "pagefind.yml", "pagefind.yaml", "pagefind.toml"];

    /// <summary>The step's name, as timings and the stage observer hear it.</summary>
    public const string StageName = "search index";

    public string Name => StageName;

    public IReadOnlyList<string> Publishes { get; } = ["/" + IndexFolder + "/"];

    public HeadLink HeadLink { get; } = new("search", "/" + IndexFolder + "/");

    public SiteInputKinds DependsOn => SiteInputKinds.Content | SiteInputKinds.Data | SiteInputKinds.Templates;

    // Indexing takes seconds on a large site; the live preview would wait for it on every save.
    public bool RunsOnLiveUpdates => false;

    // Pagefind comes from npm, so a site root without a package.json is built without search.
    public bool IsEnabledFor(SiteInputs inputs) => File.Exists(inputs.Root.Resolve(PackageFile));

    public void Write(PlannedSite site, ISiteOutput output, DiagnosticBag diagnostics)
    {
        var root = site.Inputs.Root;
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

        // Pages of an older site still in the staging folder would otherwise be indexed too.
        output.RemoveUnwritten(exceptUnder: IndexFolder);
        var indexFolder = Path.Combine(output.FolderPath, IndexFolder);
        // Once older files are gone, every page Pagefind will read was written through the output.
        var pages = output.WrittenHashes.Where(file => file.Key.EndsWith(".html", StringComparison.Ordinal) && !file.Key.StartsWith(IndexFolder + "/", StringComparison.Ordinal));
        var digest = SearchIndexStamp.DigestOf(pages, Settings(root, binary));
        if (SearchIndexStamp.Read(indexFolder)?.StillDescribes(digest, indexFolder) == true)
        {
            output.Keep(IndexFolder);
            return;
        }

        if (Directory.Exists(indexFolder))
        {
            Directory.Delete(indexFolder, recursive: true);
        }

        ReleaseGarbage();
        var run = Run(binary, root.FullPath, ["--site", output.FolderPath, .. Arguments]);
        if (run.ExitCode != 0)
        {
            Fail(diagnostics, $"Pagefind failed (exit {run.ExitCode}): {run.Output}", "run the build again with the same inputs; if it repeats, report the message");
            return;
        }

        output.WriteText(Path.Combine(IndexFolder, SearchIndexStamp.FileName), SearchIndexStamp.Describe(digest, indexFolder).ToText());
        output.Keep(IndexFolder);
    }

    private static string[] Arguments => ["--silent"];

    /// <summary>
    /// Pagefind holds the build's memory peak, and until the next collection the garbage of the
    /// stages before it (parsed pages, rendered HTML) would sit in this process beside it for the
    /// whole run. An aggressive collection also gives the freed memory back to the system.
    /// </summary>
    private static void ReleaseGarbage() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

    /// <summary>Everything besides the pages that shapes Pagefind's output: its version, our arguments, its config files and PAGEFIND_ variables.</summary>
    private static IEnumerable<string> Settings(SiteRoot root, string binary)
    {
        var package = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(binary)!)!, PackageFile);
        yield return $"indexer {Path.GetFileName(binary)} {new FileInfo(binary).Length}";
        yield return File.Exists(package) ? File.ReadAllText(package) : "no package.json beside the binary";
        yield return "arguments " + string.Join(' ', Arguments);
        foreach (var name in ConfigFiles.Where(name => File.Exists(root.Resolve(name))))
        {
            yield return $"config {name}\n{File.ReadAllText(root.Resolve(name))}";
        }

        foreach (var variable in Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Where(name => name.StartsWith("PAGEFIND_", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal))
        {
            yield return $"environment {variable}={Environment.GetEnvironmentVariable(variable)}";
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
