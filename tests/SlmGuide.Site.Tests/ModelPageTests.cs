using System.Text;
using System.Text.Json;

namespace SlmGuide.Site.Tests;

/// <summary>What a model's page and the model tables' downloads tell a reader about the model.</summary>
public sealed class ModelPageTests : IDisposable
{
    private readonly TestSite _site = new();

    public ModelPageTests()
    {
        // Model B gets a model card and a GGUF repository of its developer; model A has neither.
        _site.Edit(
            "data/survey/models.yaml",
            "    url: https://example.test/model-b\n",
            "    url: https://example.test/model-b\n    model_card: https://huggingface.co/test-lab/model-b\n    gguf: https://huggingface.co/test-lab/model-b-GGUF\n");
        var result = _site.Build(strict: true);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Unconfirmed_fields_are_named_by_their_japanese_labels()
    {
        var page = _site.Read("models/model-b/index.html");

        Assert.Contains("<dt>未確認項目</dt>\n  <dd>ライセンス</dd>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<dd>license</dd>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_with_a_gguf_repository_gets_its_links_and_run_commands_and_others_get_none()
    {
        var withGguf = _site.Read("models/model-b/index.html");
        var without = _site.Read("models/model-a/index.html");

        Assert.Contains("<a href=\"https://huggingface.co/test-lab/model-b\" rel=\"noopener\">", withGguf, StringComparison.Ordinal);
        Assert.Contains("<code>llama-cli -hf test-lab/model-b-GGUF</code>", withGguf, StringComparison.Ordinal);
        Assert.Contains("<code>ollama run hf.co/test-lab/model-b-GGUF</code>", withGguf, StringComparison.Ordinal);
        Assert.DoesNotContain("実行例", without, StringComparison.Ordinal);
        Assert.DoesNotContain("llama-cli", without, StringComparison.Ordinal);
    }

    [Fact]
    public void Downloads_hold_addresses_numbers_model_ids_and_leave_unconfirmed_empty()
    {
        var csv = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(_site.Output, "data", "tables", "models.csv")));
        var modelB = csv.Split("\r\n").Single(line => line.StartsWith("\"model-b\"", StringComparison.Ordinal));
        Assert.StartsWith("\"model-b\",\"テストモデルB\",\"テスト研究所\",\"8\",", modelB, StringComparison.Ordinal);
        Assert.Contains(",\"限定的\",", modelB, StringComparison.Ordinal);
        Assert.Contains("\"https://huggingface.co/test-lab/model-b\",\"https://huggingface.co/test-lab/model-b-GGUF\",\"https://example.test/model-b\"", modelB, StringComparison.Ordinal);
        Assert.DoesNotContain("未確認", csv, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_site.Output, "data", "tables", "models.json")));
        var row = json.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("model_id").GetString() == "model-b");
        Assert.Equal(8, row.GetProperty("parameters_billion").GetDouble());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("license").ValueKind);
        Assert.Equal("https://example.test/model-b", row.GetProperty("url").GetString());
    }
}
