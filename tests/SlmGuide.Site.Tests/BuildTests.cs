using System.Security.Cryptography;
using SlmGuide.Data;
using SlmGuide.Data.Diagnostics;
using SlmGuide.Data.Survey;
using SlmGuide.Site.Tables;

namespace SlmGuide.Site.Tests;

public sealed class BuildTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Fixture_builds_without_any_diagnostic_and_fills_every_table()
    {
        var result = _site.Build(strict: true);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        var diagnostics = new DiagnosticBag();
        var data = SurveyLoader.Load(new SiteRoot(_site.Root), diagnostics);
        var tables = new SurveyTables(new SitePaths(new SiteConfig()), data, Freshness.For(new SiteConfig(), data)).BuildAll();
        Assert.All(tables.Values, table => Assert.False(table.IsEmpty, $"{table.Id} is empty"));
    }

    [Fact]
    public void Writes_pages_model_pages_sitemap_404_and_assets()
    {
        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        foreach (var file in new[] { "index.html", "tables/index.html", "second/index.html", "models/model-a/index.html", "models/model-b/index.html", "404.html", "sitemap.xml", "assets/site.css" })
        {
            Assert.True(File.Exists(Path.Combine(_site.Output, file)), file);
        }

        var sitemap = _site.Read("sitemap.xml");
        Assert.Contains("<loc>https://guide.example.test/docs/models/model-a/</loc>", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("404", sitemap, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        var first = Path.Combine(_site.Root, "out-1");
        var second = Path.Combine(_site.Root, "out-2");
        Assert.True(_site.Build(output: first).Succeeded);
        Assert.True(_site.Build(output: second).Succeeded);

        Assert.Equal(Fingerprint(first), Fingerprint(second));
    }

    [Fact]
    public void A_rebuild_over_an_older_site_writes_exactly_what_a_build_into_nothing_writes()
    {
        var fresh = Path.Combine(_site.Root, "fresh");
        Assert.True(_site.Build().Succeeded);
        _site.Edit("content/second.md", "脚注つきの文です。", "一つ前の版の文です。");
        Assert.True(_site.Build().Succeeded);
        File.WriteAllText(Path.Combine(_site.Root, "._site.previous", "left-over.html"), "an old page");
        Directory.CreateDirectory(Path.Combine(_site.Root, "._site.previous", "gone", "deeper"));
        _site.Edit("content/second.md", "一つ前の版の文です。", "最新の文です。");

        Assert.True(_site.Build().Succeeded);
        Assert.True(_site.Build(output: fresh).Succeeded);

        Assert.Equal(Fingerprint(fresh), Fingerprint(_site.Output));
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "gone")));
        Assert.Contains("最新の文です。", _site.Read("second/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Failed_build_leaves_the_previous_site_untouched_and_no_staging_behind()
    {
        Assert.True(_site.Build().Succeeded);
        var before = Fingerprint(_site.Output);

        _site.Edit("data/survey/models.yaml", "license: Apache-2.0", "licence: Apache-2.0");
        _site.Edit("content/second.md", "脚注つきの文です。", "書き換えた文です。");
        var result = _site.Build();

        Assert.False(result.Succeeded);
        Assert.Equal(before, Fingerprint(_site.Output));
        Assert.Empty(Directory.EnumerateDirectories(_site.Root, "*staging*"));
    }

    [Fact]
    public void Strict_mode_fails_on_warnings_and_writes_nothing()
    {
        _site.Write("data/survey/notes.yaml", "x: 1\n");

        var lenient = _site.Build(output: Path.Combine(_site.Root, "lenient"));
        var strict = _site.Build(strict: true, output: Path.Combine(_site.Root, "strict"));

        Assert.True(lenient.Succeeded);
        Assert.Equal(1, lenient.WarningCount);
        Assert.False(strict.Succeeded);
        Assert.False(Directory.Exists(Path.Combine(_site.Root, "strict")));
    }

    [Fact]
    public void Nested_pages_are_built_but_only_top_level_pages_make_the_navigation()
    {
        _site.Write("content/notes/deep.md", "---\ntitle: 深いページ\ndate: 2025-05-01\n---\n本文\n");

        var result = _site.Build(strict: true);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Contains("深いページ", _site.Read("notes/deep/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("深いページ", _site.Read("index.html"), StringComparison.Ordinal);
        Assert.Contains("二つ目のページ", _site.Read("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Tags_are_not_a_front_matter_key_and_say_so_with_the_keys_there_are()
    {
        _site.Write("content/tagged.md", "---\ntitle: タグ付き\ntags: [memo]\n---\n本文\n");

        var result = _site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownKey);
        Assert.Equal("content/tagged.md:3:1", error.Location.ToString());
    }

    [Fact]
    public void A_page_shows_its_front_matter_date_as_its_update_date_outside_git()
    {
        _site.Write("content/dated.md", "---\ntitle: 日付つき\ndate: 2025-05-01\n---\n本文\n");

        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Contains("更新日 <time datetime=\"2025-05-01\">2025-05-01</time>", _site.Read("dated/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("更新日", _site.Read("second/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_tracked_page_shows_the_later_of_its_date_and_its_last_commit_the_same_on_every_build()
    {
        _site.Write("content/dated.md", "---\ntitle: 日付つき\ndate: 2020-01-01\n---\n本文\n");
        Git("init", "-q");
        Git("add", "content");
        Git("-c", "user.name=t", "-c", "user.email=t@example.test", "commit", "-q", "-m", "pages", "--date", "2024-03-04T05:06:07Z");

        Assert.True(_site.Build().Succeeded);
        var first = _site.Read("dated/index.html");
        Assert.True(_site.Build().Succeeded);

        Assert.Contains("更新日 <time datetime=\"2024-03-04\">", first, StringComparison.Ordinal);
        Assert.Equal(first, _site.Read("dated/index.html"));
    }

    [Fact]
    public void An_alias_is_a_page_that_sends_readers_and_search_engines_on_to_the_page()
    {
        _site.Edit("content/second.md", "title:", "aliases: [/old/second/, /二つ目/]\ntitle:");

        var result = _site.Build(strict: true);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var redirect = _site.Read("old/second/index.html");
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"0; url=/docs/second/\">", redirect, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"canonical\" href=\"https://", redirect, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", redirect, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/docs/second/\">", _site.Read("二つ目/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("old/second", _site.Read("sitemap.xml"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/second/", "is already the page `/second/`")]
    [InlineData("/../escape/", "dot-only")]
    [InlineData("old", "is not a site path")]
    [InlineData("/assets/x/", "which the build writes itself")]
    public void An_alias_that_is_taken_or_leads_outside_is_an_error_at_the_key(string alias, string problem)
    {
        _site.Write("content/moved.md", $"---\ntitle: 移動先\naliases: [\"{alias}\"]\n---\n本文\n");

        var result = _site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.BadAlias);
        Assert.Equal("content/moved.md:3:1", error.Location.ToString());
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_site.Root, "escape")));
    }

    private void Git(params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = _site.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The commit date is the committer's: pin it, so the test does not depend on today.
        start.Environment["GIT_COMMITTER_DATE"] = "2024-03-04T05:06:07Z";
        using var git = System.Diagnostics.Process.Start(start)!;
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, git.StandardError.ReadToEnd());
    }

    internal static string Fingerprint(string folder) =>
        string.Join('\n', Directory
            .EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => $"{Path.GetRelativePath(folder, f)} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))}"));
}
