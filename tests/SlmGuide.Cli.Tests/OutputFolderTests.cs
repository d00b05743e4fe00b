using SlmGuide.Testing;

namespace SlmGuide.Cli.Tests;

/// <summary>
/// `--out` names a folder the build will replace whole, so it refuses any folder whose loss would
/// lose the author's files, with one line and exit 1, and leaves every file as it was.
/// </summary>
public sealed class OutputFolderTests : IDisposable
{
    private readonly FixtureSite _site = new();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("content", "is inside the site's `content/` folder")]
    [InlineData("content/notes", "is inside the site's `content/` folder")]
    [InlineData("data", "is inside the site's `data/` folder")]
    [InlineData("theme", "is inside the site's `theme/` folder")]
    [InlineData(".", "holds the site's own sources")]
    [InlineData("..", "holds the site's own sources")]
    [InlineData("/", "is the root of the file system")]
    public void A_folder_holding_or_inside_the_sources_is_refused_twice_over(string output, string reason)
    {
        var before = Sources();

        for (var attempt = 0; attempt < 2; attempt++)
        {
            var run = CliRun.Start("build", "--root", _site.Root, "--out", Resolve(output));

            Assert.Equal(1, run.ExitCode);
            Assert.Contains(reason, run.Stderr, StringComparison.Ordinal);
            Assert.Single(run.Stderr.Trim().Split('\n'));
            Assert.False(run.ShowsStackTrace);
        }

        Assert.Equal(before, Sources());
        Assert.Empty(Directory.EnumerateDirectories(Path.GetDirectoryName(_site.Root)!, $".{Path.GetFileName(_site.Root)}.*"));
    }

    [Fact]
    public void A_regular_file_is_refused_and_kept()
    {
        File.WriteAllText(_site.Path("notes.txt"), "作者のメモ");

        var run = CliRun.Start("build", "--root", _site.Root, "--out", _site.Path("notes.txt"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is a file, not a folder", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("作者のメモ", File.ReadAllText(_site.Path("notes.txt")));
    }

    [Fact]
    public void A_folder_with_someone_elses_files_is_refused_and_an_empty_or_own_one_is_not()
    {
        Directory.CreateDirectory(_site.Path("dist"));
        File.WriteAllText(_site.Path("dist/keep.txt"), "残すファイル");

        var foreign = CliRun.Start("build", "--root", _site.Root, "--out", _site.Path("dist"));
        var fresh = CliRun.Start("build", "--root", _site.Root, "--out", _site.Path("fresh"));
        var again = CliRun.Start("build", "--root", _site.Root, "--out", _site.Path("fresh"));

        Assert.Equal(1, foreign.ExitCode);
        Assert.Contains("is not empty and was not written by slmguide", foreign.Stderr, StringComparison.Ordinal);
        Assert.Equal("残すファイル", File.ReadAllText(_site.Path("dist/keep.txt")));
        Assert.Equal(0, fresh.ExitCode);
        Assert.Equal(0, again.ExitCode);
        Assert.True(File.Exists(_site.Path("fresh/.slmguide-site")));
    }

    [Fact]
    public void A_link_that_leads_into_the_sources_is_refused()
    {
        Directory.CreateSymbolicLink(_site.Path("published"), _site.Path("content"));

        var run = CliRun.Start("build", "--root", _site.Root, "--out", _site.Path("published"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is inside the site's `content/` folder", run.Stderr, StringComparison.Ordinal);
        Assert.NotEmpty(Directory.EnumerateFiles(_site.Path("content"), "*.md"));
    }

    [Fact]
    public void The_default_output_of_an_earlier_version_without_a_marker_is_still_rebuilt()
    {
        Directory.CreateDirectory(_site.Path("_site"));
        File.WriteAllText(_site.Path("_site/index.html"), "an older build");

        var run = CliRun.Start("build", "--root", _site.Root);

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(_site.Path("_site/.slmguide-site")));
    }

    [Fact]
    public void Serve_refuses_the_same_folders_before_it_empties_anything()
    {
        var before = Sources();

        var (exitCode, output) = ServeProcess.RunToExit(_site.Root, "--out", _site.Root);

        Assert.Equal(1, exitCode);
        Assert.Contains("serve: --out: ", output, StringComparison.Ordinal);
        Assert.Contains("holds the site's own sources", output, StringComparison.Ordinal);
        Assert.Equal(before, Sources());
    }

    private string Resolve(string output) => Path.IsPathRooted(output) ? output : Path.GetFullPath(Path.Combine(_site.Root, output));

    private List<string> Sources() =>
        [.. Directory.EnumerateFiles(_site.Root, "*", SearchOption.AllDirectories)
            .Select(file => $"{Path.GetRelativePath(_site.Root, file)} {new FileInfo(file).Length}")
            .Order(StringComparer.Ordinal)];
}
