using SlmGuide.Data.Diagnostics;

namespace SlmGuide.Site.Tests;

/// <summary>Measured benchmark results on the site: tables, charts, provenance and model pages.</summary>
public sealed class BenchPageTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Results_render_as_tables_with_accessible_charts_and_synthetic_labels()
    {
        var result = _site.Build(strict: true);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        var html = _site.Read("tables/index.html");
        Assert.Contains("id=\"table-bench-speed\"", html, StringComparison.Ordinal);
        Assert.Contains("tiny（合成モデル）", html, StringComparison.Ordinal);
        Assert.Contains("role=\"img\" aria-labelledby=\"bench-speed-chart-title bench-speed-chart-desc\"", html, StringComparison.Ordinal);
        Assert.Contains("<title id=\"bench-quality-chart-title\">", html, StringComparison.Ordinal);
        Assert.Contains("AMD EPYC", html, StringComparison.Ordinal);
        var charts = html[html.IndexOf("<figure class=\"chart-figure\">", StringComparison.Ordinal)..];
        Assert.DoesNotContain("style=", charts[..charts.IndexOf("</figure>", StringComparison.Ordinal)], StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_page_shows_the_results_of_that_model()
    {
        Assert.True(_site.Build().Succeeded);

        var model = _site.Read("models/model-a/index.html");
        Assert.Contains("このモデルの実測値", model, StringComparison.Ordinal);
        Assert.DoesNotContain("このモデルの実測値", _site.Read("models/model-b/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_results_file_is_an_error_naming_it()
    {
        _site.Write("data/bench/results/broken.json", "{ not json");

        var result = _site.Build();

        Assert.False(result.Succeeded);
        var d = Assert.Single(result.Diagnostics, x => x.Code == DiagnosticCodes.BenchResultsUnreadable);
        Assert.Equal("data/bench/results/broken.json", d.Location.Path);
    }

    [Fact]
    public void A_record_the_reader_cannot_read_is_an_error_at_its_line()
    {
        const string File = "data/bench/results/56baa98416db326d.json";
        var text = System.IO.File.ReadAllText(Path.Combine(_site.Root, File));
        var first = text.IndexOf("      \"threads\": 2,\n      \"loadSeconds\"", StringComparison.Ordinal);
        _site.Write(File, text[..first] + "      \"threads\": \"two\"," + text[(first + "      \"threads\": 2,".Length)..]);

        var result = _site.Build();

        Assert.False(result.Succeeded);
        var d = Assert.Single(result.Diagnostics, x => x.Code == DiagnosticCodes.BenchRecordUnreadable);
        Assert.Equal(new SourceLocation(File, 37, 23), d.Location);
        Assert.Contains("record 1 (id `c16ae2f5e94178e0`) cannot be read: `threads` must be a whole number", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Results_written_before_keys_had_a_method_version_build_as_today()
    {
        var text = File.ReadAllText(Path.Combine(_site.Root, "data/bench/results/56baa98416db326d.json"));

        Assert.DoesNotContain("methodVersion", text, StringComparison.Ordinal);
        Assert.True(_site.Build(strict: true).Succeeded);
        Assert.Contains("tiny（合成モデル）", _site.Read("tables/index.html"), StringComparison.Ordinal);
    }
}
