namespace SlmGuide.Browser.Tests;

/// <summary>
/// The browser tests drive Debian's Chromium and need Japanese fonts for honest screenshots.
/// Whatever of the two is missing is installed with apt-get (the test machines run as root);
/// Playwright's own browser download is never used.
/// </summary>
internal static class SystemPackages
{
    public const string Chromium = "/usr/bin/chromium";

    public static IReadOnlyList<string> Required { get; } = ["chromium", "fonts-noto-cjk"];

    /// <summary>What a run does: refresh the package lists once, then install what is missing in one go.</summary>
    public static IReadOnlyList<SystemCommand> InstallCommands(IReadOnlyList<string> missing) =>
        missing.Count == 0
            ? []
            :
            [
                new SystemCommand("apt-get", ["update"]),
                new SystemCommand("apt-get", ["install", "-y", "--no-install-recommends", .. missing]),
            ];

    /// <summary>Installs what is missing and returns the commands it ran, each with its output.</summary>
    public static IReadOnlyList<string> EnsureInstalled()
    {
        var missing = Required.Where(package => !IsInstalled(package)).ToList();
        if (missing.Count > 0 && !Environment.IsPrivilegedProcess)
        {
            throw new InvalidOperationException(
                $"the browser tests need {string.Join(" and ", missing)}; run `sudo apt-get install -y {string.Join(' ', missing)}` once, or run the tests as root");
        }

        var log = InstallCommands(missing).Select(command => $"$ {command}\n{command.Run()}").ToList();
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException($"apt-get finished but {Chromium} is still missing; install `chromium` by hand");
        }

        return log;
    }

    private static bool IsInstalled(string package)
    {
        try
        {
            return new SystemCommand("dpkg-query", ["--show", "--showformat=${Status}", package]).Run()
                .Contains("install ok installed", StringComparison.Ordinal);
        }
        catch (InvalidOperationException)
        {
            // dpkg-query exits 1 for a package it has never heard of: that is "not installed".
            return false;
        }
    }
}
