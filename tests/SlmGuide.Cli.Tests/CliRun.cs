using System.Diagnostics;

namespace SlmGuide.Cli.Tests;

/// <summary>Runs the real slmguide program as a separate process, the way a user or CI does.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public static CliRun Start(params string[] args) => Run(new Dictionary<string, string>(), args);

    /// <summary>The same, with extra environment variables (a planted fault, a cache folder).</summary>
    public static CliRun WithEnvironment(IReadOnlyDictionary<string, string> environment, params string[] args) => Run(environment, args);

    private static CliRun Run(IReadOnlyDictionary<string, string> environment, string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "slmguide.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment.Remove("SLMGUIDE_DEBUG");

        // The expected texts are English; a test of the Japanese messages sets LANG itself.
        info.Environment["LANG"] = "en_US.UTF-8";
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"slmguide {string.Join(' ', args)} did not finish");
        }

        return new CliRun(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>A stack trace would show frames like "   at Namespace.Type.Method(…)".</summary>
    public bool ShowsStackTrace => Stderr.Contains("   at ", StringComparison.Ordinal) || Stdout.Contains("   at ", StringComparison.Ordinal);
}
