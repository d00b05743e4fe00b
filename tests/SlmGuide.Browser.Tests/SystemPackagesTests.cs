namespace SlmGuide.Browser.Tests;

/// <summary>
/// The install path runs only on a machine without Chromium, which no developer has for long, so
/// its command lines are checked here on every machine.
/// </summary>
public sealed class SystemPackagesTests
{
    [Fact]
    public void Missing_packages_are_installed_by_apt_get_update_then_one_install()
    {
        var commands = SystemPackages.InstallCommands(["chromium", "fonts-noto-cjk"]);

        Assert.Equal(
            ["apt-get update", "apt-get install -y --no-install-recommends chromium fonts-noto-cjk"],
            commands.Select(c => c.ToString()));
    }

    [Fact]
    public void Each_install_command_starts_apt_get_with_its_arguments_in_the_current_folder()
    {
        foreach (var command in SystemPackages.InstallCommands(SystemPackages.Required))
        {
            var start = command.StartInfo();

            Assert.Equal("apt-get", start.FileName);
            Assert.Equal(command.Arguments, start.ArgumentList);
            Assert.Equal(string.Empty, start.WorkingDirectory);
            Assert.Equal("noninteractive", start.Environment["DEBIAN_FRONTEND"]);
        }

        Assert.Equal(["update"], SystemPackages.InstallCommands(SystemPackages.Required)[0].StartInfo().ArgumentList);
    }

    [Fact]
    public void Nothing_is_run_when_nothing_is_missing() =>
        Assert.Empty(SystemPackages.InstallCommands([]));

    [Fact]
    public void A_failing_command_reports_what_it_ran_and_what_it_printed()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => new SystemCommand("sh", ["-c", "echo broken >&2; exit 3"]).Run());

        Assert.Contains("`sh -c echo broken >&2; exit 3` failed (exit 3)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("broken", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_program_that_does_not_exist_is_a_clear_failure_not_a_process_exception()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => new SystemCommand("no-such-program-slmguide", []).Run());

        Assert.StartsWith("`no-such-program-slmguide` could not be started", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_working_directory_is_used_only_when_named()
    {
        var folder = Directory.CreateTempSubdirectory("slmguide-cmd").FullName;
        try
        {
            var printed = new SystemCommand("pwd", []) { WorkingDirectory = folder }.Run();

            Assert.Equal(folder, printed.Trim());
        }
        finally
        {
            Directory.Delete(folder);
        }
    }
}
