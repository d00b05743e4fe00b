using System.Diagnostics;
using System.Security.Cryptography;
using SlmGuide.Testing;

namespace SlmGuide.Cli.Tests;

/// <summary>
/// `./slmguide`, the README's short command: the Release binary it publishes and runs writes the
/// same bytes as the Debug build that `dotnet run --project src/SlmGuide.Cli` runs, search index
/// included, and checks the same way.
/// </summary>
public sealed class ShortCommandTests : IDisposable
{
    private static readonly string Script = Path.Combine(TestRepository.Root, "slmguide");

    private readonly FixtureSite _site = new();

    public ShortCommandTests()
    {
        // With package.json and Pagefind the build writes the search index, as the real site's does.
        File.Copy(Path.Combine(TestRepository.Root, "package.json"), _site.Path("package.json"));
        Directory.CreateSymbolicLink(_site.Path("node_modules"), Path.Combine(TestRepository.Root, "node_modules"));
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void The_short_command_builds_byte_for_byte_what_dotnet_run_builds_and_checks_alike()
    {
        var viaScript = _site.Path("via-script");
        var viaDotnetRun = _site.Path("via-dotnet-run");

        var scriptBuild = RunScript("build", "--root", _site.Root, "--out", viaScript);
        var dotnetRunBuild = CliRun.Start("build", "--root", _site.Root, "--out", viaDotnetRun);
        var scriptCheck = RunScript("check", "--root", _site.Root, "--as-of", FixtureSite.Today);

        Assert.True(dotnetRunBuild.ExitCode == 0, dotnetRunBuild.Stderr);
        Assert.Contains("built 7 pages", scriptBuild, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(viaScript, "pagefind", "pagefind-entry.json")), "the search index is part of the comparison");
        Assert.Equal(Fingerprint(viaDotnetRun), Fingerprint(viaScript));
        Assert.Contains("no problems found", scriptCheck, StringComparison.Ordinal);
    }

    private static string RunScript(params string[] arguments)
    {
        var info = new ProcessStartInfo(Script) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment.Remove("SLMGUIDE_DEBUG");

        // The expected texts are English, whatever language the machine running the tests speaks.
        info.Environment["LANG"] = "en_US.UTF-8";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // The first run on a machine publishes the binary: minutes on a busy two-core machine.
        if (!process.WaitForExit(TimeSpan.FromMinutes(30)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"./slmguide {string.Join(' ', arguments)} did not finish");
        }

        Assert.True(process.ExitCode == 0, $"./slmguide {string.Join(' ', arguments)} exited {process.ExitCode}:\n{stdout.Result}\n{stderr.Result}");
        return stdout.Result + stderr.Result;
    }

    private static string Fingerprint(string folder) =>
        string.Join('\n', Directory
            .EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(folder, file))
            .Order(StringComparer.Ordinal)
            .Select(file => $"{file} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, file))))}"));
}
