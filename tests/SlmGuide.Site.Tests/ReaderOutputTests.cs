using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using SlmGuide.Data.Diagnostics;

namespace SlmGuide.Site.Tests;

/// <summary>The files readers and feed readers take away: downloads, data JSON, the feed, robots.txt, freshness badges.</summary>
public sealed class ReaderOutputTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Each_table_has_a_CSV_with_BOM_and_a_JSON_with_the_same_rows()
    {
        Assert.True(_site.Build().Succeeded);

        var csvBytes = File.ReadAllBytes(Path.Combine(_site.Output, "data", "tables", "quantization.csv"));
        using var json = JsonDocument.Parse(_site.Read("data/tables/quantization.json"));

        Assert.Equal(Encoding.UTF8.GetPreamble(), csvBytes[..3]);
        var csvLines = Encoding.UTF8.GetString(csvBytes, 3, csvBytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var rows = json.RootElement.GetProperty("rows");
        Assert.Equal(rows.GetArrayLength() + 1, csvLines.Length);
        Assert.StartsWith("\"技術名\",\"開発元\"", csvLines[0], StringComparison.Ordinal);
        Assert.StartsWith($"\"{rows[0].GetProperty("name").GetString()}\"", csvLines[1], StringComparison.Ordinal);
        Assert.Contains("href=\"/docs/data/tables/quantization.csv\"", _site.Read("tables/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Data_files_are_published_as_JSON_in_file_order_with_numbers_as_numbers()
    {
        Assert.True(_site.Build().Succeeded);

        using var json = JsonDocument.Parse(_site.Read("data/models.json"));
        var model = json.RootElement.GetProperty("models")[0];

        Assert.Equal(["id", "name", "developer"], model.EnumerateObject().Take(3).Select(p => p.Name));
        Assert.Equal(JsonValueKind.Number, model.GetProperty("parameters_billion").ValueKind);
        Assert.Equal("2026-11-02", model.GetProperty("checked").GetString());
        Assert.True(File.Exists(Path.Combine(_site.Output, "data", "changelog.json")));
    }

    [Fact]
    public void The_feed_lists_changes_newest_first_with_escaped_titles_and_absolute_links()
    {
        Assert.True(_site.Build().Succeeded);

        var feed = XDocument.Parse(_site.Read("feed.xml"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entries = feed.Root!.Elements(atom + "entry").ToList();

        Assert.Equal("2026-11-04T00:00:00Z", feed.Root.Element(atom + "updated")!.Value);
        Assert.Equal(["表を追加 <b>太字</b> & 記号", "最初の公開"], entries.Select(e => e.Element(atom + "title")!.Value));
        Assert.Equal("https://guide.example.test/docs/tables/", entries[0].Element(atom + "link")!.Attribute("href")!.Value);
        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/docs/feed.xml\"", _site.Read("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_changelog_publishes_no_feed_and_no_page_points_at_one()
    {
        _site.Write("data/changelog.yaml", "changes: []\n");

        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.False(File.Exists(Path.Combine(_site.Output, "feed.xml")));
        Assert.DoesNotContain("feed.xml", _site.Read("index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("feed", result.Timings.Select(t => t.Stage));
    }

    [Fact]
    public void A_changelog_page_that_is_not_a_site_URL_is_an_error_with_its_line()
    {
        _site.Edit("data/changelog.yaml", "page: /tables/", "page: https://evil.example/");

        var result = _site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.BadFormat, error.Code);
        Assert.Equal("data/changelog.yaml", error.Location.Path);
        Assert.Equal(5, error.Location.Line);
    }

    [Fact]
    public void Robots_txt_points_at_the_sitemap()
    {
        Assert.True(_site.Build().Succeeded);

        Assert.Equal("User-agent: *\nAllow: /\n\nSitemap: https://guide.example.test/docs/sitemap.xml\n", _site.Read("robots.txt"));
    }

    [Fact]
    public void Staleness_is_judged_against_the_data_or_as_of_never_the_clock()
    {
        Assert.True(_site.Build().Succeeded);
        var byNewestCheck = CountBadges(_site.Read("tables/index.html"));

        _site.Edit("data/site.yaml", "stale_after_days: 2", "stale_after_days: 2\nas_of: 2026-11-01");
        Assert.True(_site.Build().Succeeded);
        var beforeAnyCheckAged = CountBadges(_site.Read("tables/index.html"));

        _site.Edit("data/site.yaml", "as_of: 2026-11-01", "as_of: 2030-01-01");
        Assert.True(_site.Build().Succeeded);
        var everythingAged = CountBadges(_site.Read("tables/index.html"));

        Assert.InRange(byNewestCheck, 1, everythingAged - 1);
        Assert.Equal(0, beforeAnyCheckAged);
    }

    [Fact]
    public void A_package_json_without_pagefind_fails_the_build_with_a_clear_message()
    {
        _site.Write("package.json", "{ \"private\": true }\n");

        var result = _site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.SearchIndexFailed, error.Code);
        Assert.Contains("pagefind_extended", error.Message, StringComparison.Ordinal);
        Assert.Contains("pagefind", error.Hint, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_site.Output));
    }

    private static int CountBadges(string html) =>
        html.Split("<span class=\"stale-badge\">情報が古い可能性</span>").Length - 1;
}
