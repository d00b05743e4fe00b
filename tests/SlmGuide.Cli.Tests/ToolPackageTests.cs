using System.Diagnostics;
using SlmGuide.Testing;

namespace SlmGuide.Cli.Tests;

/// <summary>`slmguide` as a .NET tool: packed, installed from the package, and run the way a user would.</summary>
public sealed class ToolPackageTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("slmguide-tool-").FullName;
    private readonly FixtureSite _site = new();

    public void Dispose()
    {
        _site.Dispose();
        Directory.Delete(_work, recursive: true);
    }

    [Fact]
    public void The_packed_tool_installs_and_checks_and_builds_a_site_and_benchmarks_with_both_engines()
    {
        var packages = Path.Combine(_work, "packages");
        var tools = Path.Combine(_work, "tools");
        Run("dotnet", "pack", Path.Combine(TestRepository.Root, "src", "SlmGuide.Cli"), "-c", "Release", "-o", packages, "--nologo");
        Run("dotnet", "tool", "install", "--tool-path", tools, "--add-source", packages, "SlmGuide.Cli");
        var slmguide = Path.Combine(tools, "slmguide");

        var check = Run(slmguide, "check", "--root", _site.Root, "--as-of", FixtureSite.Today);
        var build = Run(slmguide, "build", "--root", _site.Root);

        Assert.Contains("no problems found", check, StringComparison.Ordinal);
        Assert.Contains("built 7 pages", build, StringComparison.Ordinal);
        Assert.True(File.Exists(_site.Path("_site/index.html")));
        var worker = Directory.EnumerateFiles(tools, "SlmGuide.Bench.Worker.dll", SearchOption.AllDirectories);
        Assert.Single(worker);

        // Each engine runs in its own worker beside the tool: both must have reached the package.
        TinyBenchSuite.WriteInto(_site);
        var bench = Run(slmguide, "bench", "--root", _site.Root);
        Assert.Matches(@"(?m)^\[1/2\] tiny \[llama\.cpp\] measured \(\d\d:\d\d\)$", bench);
        Assert.Matches(@"(?m)^\[2/2\] tiny \[LLamaSharp\] measured \(\d\d:\d\d\)$", bench);
    }

    private static string Run(string program, params string[] arguments)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        info.Environment["LANG"] = "en_US.UTF-8";
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish");
        }

        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} exited {process.ExitCode}:\n{stdout.Result}\n{stderr.Result}");
        return stdout.Result + stderr.Result;
    }
}
