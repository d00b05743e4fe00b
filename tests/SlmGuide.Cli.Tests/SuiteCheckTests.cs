namespace SlmGuide.Cli.Tests;

/// <summary>`check` reads the benchmark suite too, so a broken suite is found before a long `bench` run.</summary>
public sealed class SuiteCheckTests : IDisposable
{
    private readonly FixtureSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_broken_suite_is_reported_by_check_with_its_line()
    {
        File.WriteAllText(_site.Path("data/bench/quality.md"), "品質を測る文です。");
        File.WriteAllText(_site.Path("data/bench/suite.yaml"), """
            quality_text: quality.md
            models:
              - id: tiny
                path: models/tiny.gguf
                quantize:
                  from: tiny
                  type: Q4_0
            """);

        var run = CliRun.Start("check", "--root", _site.Root, "--as-of", FixtureSite.Today);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("data/bench/suite.yaml:3:5: error S012:", run.Stderr, StringComparison.Ordinal);
        Assert.False(run.ShowsStackTrace);
    }

    [Fact]
    public void A_site_without_a_suite_is_checked_as_before()
    {
        var run = CliRun.Start("check", "--root", _site.Root, "--as-of", FixtureSite.Today);

        Assert.Equal(0, run.ExitCode);
    }
}
