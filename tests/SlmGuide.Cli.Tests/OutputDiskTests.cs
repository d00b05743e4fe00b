using System.Diagnostics;

namespace SlmGuide.Cli.Tests;

/// <summary>
/// An output the machine cannot take: a path under a file, a mount point, a full disk, a read-only
/// file system. Each ends in one coded line and exit 1, with no half-written site and no staging
/// folder left. The disks are real: small tmpfs mounts (the tests run as root, as CI does).
/// </summary>
public sealed class OutputDiskTests : IDisposable
{
    private readonly FixtureSite _site = new();
    private readonly List<string> _mounts = [];

    public void Dispose()
    {
        foreach (var mount in _mounts)
        {
            Run("umount", "-l", mount);
        }

        _site.Dispose();
    }

    [Fact]
    public void A_path_under_a_file_is_refused_in_one_line()
    {
        File.WriteAllText(_site.Path("notes.txt"), "作者のメモ");

        var run = CliRun.Start("build", "--root", _site.Root, "--out", _site.Path("notes.txt/site"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("runs under", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("which is a file, not a folder", run.Stderr, StringComparison.Ordinal);
        Assert.Single(run.Stderr.Trim().Split('\n'));
        Assert.DoesNotContain("internal error", run.Stderr, StringComparison.Ordinal);
        Assert.False(run.ShowsStackTrace, run.Stderr);
        Assert.Equal("作者のメモ", File.ReadAllText(_site.Path("notes.txt")));
        Assert.Equal("作者のメモ", File.ReadAllText(_site.Path("notes.txt")));
    }

    [Fact]
    public void A_mount_point_is_refused_in_one_line()
    {
        var mount = Mount("busy", "size=4m");

        var run = CliRun.Start("build", "--root", _site.Root, "--out", mount);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is a mount point", run.Stderr, StringComparison.Ordinal);
        Assert.Single(run.Stderr.Trim().Split('\n'));
        Assert.Empty(Directory.EnumerateFileSystemEntries(mount));
    }

    [Fact]
    public void A_full_disk_on_a_first_build_is_a_coded_error_and_leaves_nothing()
    {
        var mount = Mount("full", "size=64k");

        var run = CliRun.Start("build", "--root", _site.Root, "--out", Path.Combine(mount, "site"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{mount}/site/:1:1: error B005: cannot write the site into {mount}/site: No space left on device", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("the disk is full", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Stderr, StringComparison.Ordinal);
        Assert.False(run.ShowsStackTrace, run.Stderr);
        Assert.Empty(Directory.EnumerateFileSystemEntries(mount));
    }

    [Fact]
    public void A_read_only_file_system_is_a_coded_error()
    {
        var mount = Mount("readonly", "size=4m");
        Run("mount", "-o", "remount,ro", mount);

        var run = CliRun.Start("build", "--root", _site.Root, "--out", Path.Combine(mount, "site"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"error B005: cannot write the site into {mount}/site: Read-only file system", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("the file system is read-only", run.Stderr, StringComparison.Ordinal);
        Assert.False(run.ShowsStackTrace, run.Stderr);
        Assert.Empty(Directory.EnumerateFileSystemEntries(mount));
    }

    private string Mount(string name, string options)
    {
        var folder = _site.Path(name);
        Directory.CreateDirectory(folder);
        Run("mount", "-t", "tmpfs", "-o", options, "tmpfs", folder);
        _mounts.Add(folder);
        return folder;
    }

    private static void Run(string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true, UseShellExecute = false })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)} failed (these tests need root, as CI has): {error}");
    }
}
