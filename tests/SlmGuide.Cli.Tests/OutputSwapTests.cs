using System.Security.Cryptography;

namespace SlmGuide.Cli.Tests;

/// <summary>
/// A build killed (SIGKILL, planted before one step of the output swap) leaves the old site or
/// the new one, whole, never none and never a mix; the next build removes what the kill left.
/// </summary>
public sealed class OutputSwapTests : IDisposable
{
    private const string FaultVariable = "SLMGUIDE_OUTPUT_SWAP_FAULT";
    private const int KilledBySigkill = 137;

    private readonly FixtureSite _site = new();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("clear-previous")]
    [InlineData("exchange")]
    [InlineData("retire")]
    public void A_rebuild_killed_during_the_swap_leaves_a_whole_site(string step)
    {
        Assert.Equal(0, Build().ExitCode);
        var old = Snapshot(_site.Path("_site"));
        var expected = ChangePageAndBuildElsewhere();

        var killed = CliRun.WithEnvironment(new Dictionary<string, string> { [FaultVariable] = step }, "build", "--root", _site.Root);

        Assert.Equal(KilledBySigkill, killed.ExitCode);
        var left = Snapshot(_site.Path("_site"));
        Assert.True(left.SequenceEqual(old) || left.SequenceEqual(expected), $"killed before `{step}`, _site/ is neither the old site nor the new one");
        AssertNextBuildCleansUp(expected);
    }

    [Fact]
    public void A_first_build_killed_before_moving_in_leaves_no_site_and_the_next_one_builds()
    {
        var expected = ChangePageAndBuildElsewhere();

        var killed = CliRun.WithEnvironment(new Dictionary<string, string> { [FaultVariable] = "move-in" }, "build", "--root", _site.Root);

        Assert.Equal(KilledBySigkill, killed.ExitCode);
        Assert.False(Directory.Exists(_site.Path("_site")));
        AssertNextBuildCleansUp(expected);
    }

    [Fact]
    public void Staging_folders_of_killed_builds_are_removed_but_not_a_running_builds()
    {
        Assert.Equal(0, Build().ExitCode);
        var abandoned = Directory.CreateDirectory(_site.Path("._site.staging-2147483646-0123456789abcdef0123456789abcdef")).FullName;
        var olderNaming = Directory.CreateDirectory(_site.Path("._site.staging-0123456789abcdef0123456789abcdef")).FullName;
        var running = Directory.CreateDirectory(_site.Path($"._site.staging-{Environment.ProcessId}-0123456789abcdef0123456789abcdef")).FullName;

        Assert.Equal(0, Build().ExitCode);

        Assert.False(Directory.Exists(abandoned));
        Assert.False(Directory.Exists(olderNaming));
        Assert.True(Directory.Exists(running), "a folder whose process still runs belongs to a build in progress");
    }

    private CliRun Build() => CliRun.Start("build", "--root", _site.Root);

    private void AssertNextBuildCleansUp(IReadOnlyList<string> expected)
    {
        Assert.Equal(0, Build().ExitCode);
        Assert.Equal(expected, Snapshot(_site.Path("_site")));
        Assert.Empty(Directory.EnumerateDirectories(_site.Root, "._site.staging-*"));
    }

    // The new site, built into a folder of its own for comparison: output does not depend on where it goes.
    private List<string> ChangePageAndBuildElsewhere()
    {
        var page = _site.Path("content/second.md");
        File.WriteAllText(page, File.ReadAllText(page) + "\n\n再構築で加わった段落です。\n");
        var elsewhere = Path.Combine(_site.Root, "expected-site");
        Assert.Equal(0, CliRun.Start("build", "--root", _site.Root, "--out", elsewhere).ExitCode);
        var snapshot = Snapshot(elsewhere);
        Directory.Delete(elsewhere, recursive: true);
        return snapshot;
    }

    private static List<string> Snapshot(string folder) =>
        !Directory.Exists(folder)
            ? []
            : [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Select(file => $"{Path.GetRelativePath(folder, file)} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)))}")
                .Order(StringComparer.Ordinal)];
}
