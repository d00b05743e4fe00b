using System.Globalization;
using System.Text.Json.Nodes;
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
    public void A_model_measured_by_both_engines_shows_each_engine_and_their_ratio()
    {
        const string File = "data/bench/results/56baa98416db326d.json";
        var results = JsonNode.Parse(System.IO.File.ReadAllText(Path.Combine(_site.Root, File)))!;
        var records = results["records"]!.AsArray();
        var native = records.Single(r => (string?)r!["model"]!["id"] == "tiny")!;
        var dotNet = native.DeepClone();
        dotNet["id"] = "0123456789abcdef";
        dotNet["key"]!["engine"] = "LLamaSharp 0.30.0 (llama.cpp 815a2a591, avx512/libllama.so sha256:07545601365d)";
        var pp = (double)native["promptTokensPerSecond"]!["mean"]!;
        var tg = (double)native["generatedTokensPerSecond"]!["mean"]!;
        dotNet["promptTokensPerSecond"]!["mean"] = pp * 0.8;
        dotNet["generatedTokensPerSecond"]!["mean"] = tg * 0.9;
        records.Add(dotNet);
        _site.Write(File, results.ToJsonString());

        var result = _site.Build(strict: true);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var html = _site.Read("tables/index.html");
        var comparison = RenderedTable.Of(html, "bench-engines");
        Assert.Contains(">0.80<", comparison, StringComparison.Ordinal);
        Assert.Contains(">0.90<", comparison, StringComparison.Ordinal);
        Assert.Contains(">" + (pp * 0.8).ToString("0.0", CultureInfo.InvariantCulture) + "<", comparison, StringComparison.Ordinal);
        Assert.Contains(">" + pp.ToString("0.0", CultureInfo.InvariantCulture) + "<", comparison, StringComparison.Ordinal);
        Assert.Contains(">LLamaSharp<", RenderedTable.Of(html, "bench-speed"), StringComparison.Ordinal);
        Assert.Contains(">llama.cpp<", RenderedTable.Of(html, "bench-speed"), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_second_engine_the_comparison_says_it_has_no_rows_yet()
    {
        Assert.True(_site.Build(strict: true).Succeeded);

        Assert.Contains("実測: エンジン別の速度: まだ掲載できる行がありません。", _site.Read("tables/index.html"), StringComparison.Ordinal);
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
