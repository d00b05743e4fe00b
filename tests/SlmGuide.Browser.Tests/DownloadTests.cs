using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace SlmGuide.Browser.Tests;

[Collection(SharedBrowser.Name)]
public sealed class DownloadTests(BrowserFixture browser)
{
    // The cells as the reader sees them, without the source-note column and the stale badge.
    private const string VisibleCells = """
        table => [...table.tBodies[0].rows].map(row => [...row.cells]
            .filter(cell => !cell.classList.contains('note-ref'))
            .map(cell => [...cell.childNodes]
                .filter(node => !(node.classList && node.classList.contains('stale-badge')))
                .map(node => node.textContent).join('').trim()))
        """;

    [Fact]
    public async Task The_CSV_link_downloads_UTF8_with_BOM_matching_the_table_and_the_data()
    {
        await using var watched = await WatchedPage.OpenAsync(browser.Browser);
        await watched.GotoAsync(browser.Fixture.Server.Url("/tables/"));
        var section = watched.Page.Locator("#table-models");
        var shown = await section.Locator("table").EvaluateAsync<string[][]>(VisibleCells);

        var download = await watched.Page.RunAndWaitForDownloadAsync(() => section.GetByRole(AriaRole.Link, new() { Name = "CSV" }).ClickAsync());
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync());

        Assert.Equal("models.csv", download.SuggestedFilename);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var records = Csv.Parse(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        string[] header = ["モデルID", "モデル名", "開発元", "サイズ", "特徴", "公開/商用", "ライセンス", "日本語対応", "コンテキスト長", "公開日", "モデルカード", "公式GGUF", "URL", "確認日", "出典URL"];
        Assert.Equal(header, records[0]);
        Assert.Equal(shown.Length, records.Count - 1);
        int[] textColumns = [0, 1, 3, 4, 5, 6, 8];
        for (var i = 0; i < shown.Length; i++)
        {
            // Text columns hold what the page shows, except that 未確認 is an empty cell.
            foreach (var column in textColumns)
            {
                Assert.Equal(shown[i][column] == "未確認" ? string.Empty : shown[i][column], records[i + 1][column + 1]);
            }

            // Model H is the one row the browser fixture cites from the news source.
            Assert.Equal(records[i + 1][1] == "テストモデルH" ? "https://example.test/news-a" : "https://example.test/card-a", records[i + 1][^1]);
        }

        var modelA = records.Single(r => r[0] == "model-a");
        Assert.Equal("model-a", modelA[0]);
        Assert.Equal("テストモデルA <script>alert(1)</script>", modelA[1]);
        Assert.Equal("0.5", modelA[3]);
        Assert.Equal(BuiltSite.HostileFeatures, modelA[4]);
        Assert.Equal("32768", modelA[8]);
        Assert.Equal("2026-11-02", modelA[^2]);
        var modelB = records.Single(r => r[0] == "model-b");
        Assert.Equal("8", modelB[3]);
        Assert.Equal(string.Empty, modelB[6]);
        Assert.Equal("https://example.test/model-b", modelB[12]);
        watched.AssertQuiet();
    }

    [Fact]
    public async Task The_JSON_download_has_the_same_rows_keyed_by_column()
    {
        await using var watched = await WatchedPage.OpenAsync(browser.Browser);
        await watched.GotoAsync(browser.Fixture.Server.Url("/tables/"));
        var section = watched.Page.Locator("#table-japanese-models");
        var shown = await section.Locator("table").EvaluateAsync<string[][]>(VisibleCells);
        var href = await section.GetByRole(AriaRole.Link, new() { Name = "JSON" }).GetAttributeAsync("href");

        var response = await watched.Page.APIRequest.GetAsync(browser.Fixture.Server.Origin + href);
        using var json = JsonDocument.Parse(await response.BodyAsync());

        var columns = json.RootElement.GetProperty("columns").EnumerateArray().ToList();
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal("japanese-models", json.RootElement.GetProperty("id").GetString());
        Assert.Equal(shown.Length, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                var value = rows[i].GetProperty(columns[c].GetProperty("key").GetString()!);
                if (columns[c].GetProperty("numeric").GetBoolean())
                {
                    Assert.Equal(JsonValueKind.Number, value.ValueKind);
                }
                else if (value.ValueKind == JsonValueKind.String && !value.GetString()!.StartsWith("https://", StringComparison.Ordinal))
                {
                    Assert.Equal(shown[i][c], value.GetString());
                }
            }
        }

        Assert.Equal("model-a", rows[0].GetProperty("model_id").GetString());
        Assert.Equal("テストモデルA <script>alert(1)</script>", rows[0].GetProperty("model").GetString());
        watched.AssertQuiet();
    }

    [Fact]
    public async Task Each_data_file_is_published_as_JSON()
    {
        await using var watched = await WatchedPage.OpenAsync(browser.Browser);
        var response = await watched.Page.APIRequest.GetAsync(browser.Fixture.Server.Url("/data/models.json"));
        using var json = JsonDocument.Parse(await response.BodyAsync());

        var first = json.RootElement.GetProperty("models")[0];
        Assert.Equal("model-a", first.GetProperty("id").GetString());
        Assert.Equal(0.5, first.GetProperty("parameters_billion").GetDouble());
        Assert.Equal(BuiltSite.HostileFeatures, first.GetProperty("features").GetString());
        Assert.Equal("2026-11-02", first.GetProperty("checked").GetString());
    }
}
