using System.Diagnostics;

namespace SlmGuide.Browser.Tests;

/// <summary>
/// The browser tests drive Debian's Chromium and need Japanese fonts for honest screenshots.
/// When Chromium is missing they install both with apt-get (the test containers run as root);
/// Playwright's own browser download is never used.
/// </summary>
internal static class SystemPackages
{
    public const string Chromium = "/usr/bin/chromium";

    private static readonly string[] Packages = ["chromium", "fonts-noto-cjk"];

    public static void EnsureChromium()
    {
        if (File.Exists(Chromium))
        {
            return;
        }

        Run("apt-get", "update");
        Run("apt-get", ["install", "-y", "--no-install-recommends", .. Packages]);
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException($"apt-get finished but {Chromium} is still missing; install `chromium` by hand");
        }
    }

    public static void Run(string program, params string[] arguments) => Run(program, null, arguments);

    public static void Run(string program, string? workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }

        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"`{program} {string.Join(' ', arguments)}` failed (exit {process.ExitCode}):\n{errors.Result}{output.Result}");
        }
    }
}
