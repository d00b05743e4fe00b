using System.Globalization;
using System.Text.Json.Nodes;

namespace SlmGuide.Site.Tests;

/// <summary>
/// 「このデバイスで動くか」 and the twin figures on model pages, from a measured twin of model-a: one
/// speed run and one memory probe. With a single twin the fit has closed forms a test can state
/// without the estimate's code: the memory estimated at the probe's context is the probe's peak,
/// and a device's speed is the measured rate scaled by its bandwidth over the machine's. The
/// fixture's devices.yaml has a board sold with 4 and 8 GB and a phone without a published bandwidth.
/// </summary>
public sealed class DevicePageTests : IDisposable
{
    private const string ResultsFile = "data/bench/results/56baa98416db326d.json";
    private const double PeakBytes = 3.0e9;
    private const double MeasuredTokensPerSecond = 50.0;

    private readonly TestSite _site = new();

    public DevicePageTests()
    {
        _site.Write("data/bench/twin-architectures.yaml", """
            twins:
              - twin_of: model-a
                architecture: llama
                embedding_length: 2048
                layer_count: 16
                head_count: 32
                key_value_head_count: 8
                head_dimension: 64
                feed_forward_length: 8192
                vocabulary_size: 128256
                tied_embeddings: true
                rope_base: 500000
                norm_epsilon: 0.00001
                context_length: 8192
                parameters_published: 1.24B
                source: https://example.org/model-a/config.json
                checked: 2026-11-20
            """);

        var results = JsonNode.Parse(File.ReadAllText(Path.Combine(_site.Root, ResultsFile)))!;
        var records = results["records"]!.AsArray();
        var template = records.Single(r => (string?)r!["model"]!["id"] == "tiny")!;
        var speed = Twin(template, "1111111111111111", contextSize: null);
        speed["generatedTokensPerSecond"]!["mean"] = MeasuredTokensPerSecond;
        var probe = Twin(template, "2222222222222222", contextSize: 4096);
        probe["peakResidentBytes"] = PeakBytes;
        records.Add(speed);
        records.Add(probe);
        _site.Write(ResultsFile, results.ToJsonString());
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Every_device_and_memory_size_gets_a_verdict_and_a_speed_estimate_from_the_twin()
    {
        var result = _site.Build(strict: true);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        var fit = Rows(RenderedTable.Of(_site.Read("tables/index.html"), "device-fit"));

        // 3.0 GB of 4 GiB is 70 %: tight; of 8 GiB, 35 %: fits; of 12 GiB, 23 %: fits.
        var board4 = Assert.Single(fit, r => r.Contains(">ボードA<", StringComparison.Ordinal) && r.Contains(">4<", StringComparison.Ordinal));
        Assert.Contains(">ぎりぎり<", board4, StringComparison.Ordinal);
        Assert.Contains(">3.00<", board4, StringComparison.Ordinal);
        var bandwidth = (double)JsonNode.Parse(File.ReadAllText(Path.Combine(_site.Root, ResultsFile)))!["machine"]!["memoryBandwidthBytesPerSecond"]!;
        var expectedSpeed = MeasuredTokensPerSecond * 20e9 / bandwidth;
        Assert.Contains(">" + expectedSpeed.ToString("0.0", CultureInfo.InvariantCulture) + "<", board4, StringComparison.Ordinal);
        Assert.Contains(">収まる<", Assert.Single(fit, r => r.Contains(">ボードA<", StringComparison.Ordinal) && r.Contains(">8<", StringComparison.Ordinal)), StringComparison.Ordinal);

        // No published bandwidth: the verdict stands, the speed is not guessed.
        var phone = Assert.Single(fit, r => r.Contains(">電話B<", StringComparison.Ordinal));
        Assert.Contains(">収まる<", phone, StringComparison.Ordinal);
        Assert.Contains(">未確認<", phone, StringComparison.Ordinal);

        // A reader's own machine at the common sizes: 4 GB tight, 8 GB and more fit, 2.1's labels joined.
        var generic = fit.Where(r => r.Contains("GBの機器<", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, generic.Count);
        Assert.All(generic, r => Assert.Contains("/models/model-a/", r, StringComparison.Ordinal));
        Assert.All(generic, r => Assert.Contains(">公式対応<", r, StringComparison.Ordinal));
    }

    [Fact]
    public void Memory_probes_have_their_own_table_and_never_a_speed_row()
    {
        Assert.True(_site.Build(strict: true).Succeeded);

        var html = _site.Read("tables/index.html");
        Assert.Single(Rows(RenderedTable.Of(html, "bench-twins")));
        var memory = Assert.Single(Rows(RenderedTable.Of(html, "bench-twin-memory")));
        Assert.Contains(">4096<", memory, StringComparison.Ordinal);
        Assert.Contains(">3000<", memory, StringComparison.Ordinal);
        Assert.DoesNotContain("（形状同一の合成モデル）", RenderedTable.Of(html, "bench-speed"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_model_page_shows_the_twin_measured_and_estimated_with_labels()
    {
        Assert.True(_site.Build(strict: true).Succeeded);

        var page = _site.Read("models/model-a/index.html");
        Assert.Contains("<span class=\"nobr\">model-a</span>（形状同一の合成モデル）", page, StringComparison.Ordinal);
        Assert.Contains("実測（形状同一の合成モデル）: 文脈長ごとのピークメモリ", page, StringComparison.Ordinal);
        var contexts = RenderedTable.Of(page, "model-model-a-contexts");
        Assert.Contains("<caption>推定: 文脈長ごとのメモリ</caption>", contexts, StringComparison.Ordinal);
        Assert.Contains("<p class=\"table-method\">推定（形状同一の合成モデルの実測から計算、AMD EPYCで計測）: <a href=\"/docs/devices/#推定の方法\">求め方</a></p>", page, StringComparison.Ordinal);
        Assert.Contains("<p class=\"table-method\">実測（形状同一の合成モデル）: <a href=\"/docs/benchmarks/#実在モデルと同じ形の合成モデル\">求め方</a></p>", page, StringComparison.Ordinal);

        // 2,048 to 8,192 tokens, the model's maximum; at the probe's 4,096 the estimate is the probe.
        Assert.Contains("文脈長8,192", contexts, StringComparison.Ordinal);
        Assert.DoesNotContain("文脈長16,384", contexts, StringComparison.Ordinal);
        Assert.Contains(">3.00<", contexts, StringComparison.Ordinal);
        Assert.Contains("推定: 機器ごとのメモリと生成速度", page, StringComparison.Ordinal);
        Assert.DoesNotContain("推定: 文脈長ごとのメモリ", _site.Read("models/model-b/index.html"), StringComparison.Ordinal);
    }

    private static JsonNode Twin(JsonNode template, string id, int? contextSize)
    {
        var twin = template.DeepClone();
        twin["id"] = id;
        twin["model"]!["id"] = "twin-model-a-q4_k_m";
        twin["model"]!["family"] = "twin-model-a";
        twin["model"]!["type"] = "Q4_K_M";
        twin["model"]!["twinOf"] = "model-a";
        twin["model"]!["weightBytes"] = 800_000_000;
        twin["quality"] = null;
        if (contextSize is { } context)
        {
            twin["key"]!["contextSize"] = context;
            twin["contextSize"] = context;
            twin["promptTokensPerSecond"] = null;
            twin["generatedTokensPerSecond"] = null;
            twin["timeToFirstTokenSeconds"] = null;
            twin["roofline"] = null;
        }

        return twin;
    }

    private static List<string> Rows(string table)
    {
        var body = table[table.IndexOf("<tbody", StringComparison.Ordinal)..];
        return [.. body.Split("<tr", StringSplitOptions.RemoveEmptyEntries).Skip(1)];
    }
}
