using System.Net;

namespace SlmGuide.Serve.Tests;

/// <summary>What an author sees in the preview: edits served, errors reported and cleared, nothing outside the site.</summary>
public sealed class LivePreviewTests : IDisposable
{
    private readonly PreviewSite _preview = new();

    public void Dispose() => _preview.Dispose();

    [Fact]
    public async Task Listens_on_loopback_and_serves_the_site_under_its_base_path()
    {
        Assert.Equal("127.0.0.1", _preview.Server.Site.Host);
        Assert.Equal("/docs/", _preview.Server.Site.AbsolutePath);

        var home = await _preview.Server.GetAsync("/");
        var root = await _preview.Server.Http.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.Equal("/docs/", root.Headers.Location?.OriginalString);
        Assert.Contains("<script src=\"/__slmguide/live.js\" defer></script></head>", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("live.js", File.ReadAllText(_preview.PathOf("_site/index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_saved_page_is_served_with_the_change_and_only_that_page_is_rebuilt()
    {
        Assert.Contains("脚注つきの文です。", await _preview.Server.GetTextAsync("second/"), StringComparison.Ordinal);

        _preview.Edit("content/second.md", "脚注つきの文です。", "保存した直後の文です。");
        var page = await EventuallyAsync(() => _preview.Server.GetTextAsync("second/"), html => html.Contains("保存した直後の文です。", StringComparison.Ordinal));

        Assert.DoesNotContain("脚注つきの文です。", page, StringComparison.Ordinal);
        Assert.Contains(_preview.Server.Lines, line => line.StartsWith("rebuilt 1 of ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_draft_page_is_previewed()
    {
        _preview.Edit("content/second.md", "order: 2\n---\n脚注つきの文です。", "order: 2\ndraft: true\n---\n下書きの文です。");

        var page = await EventuallyAsync(() => _preview.Server.GetTextAsync("second/"), html => html.Contains("下書きの文です。", StringComparison.Ordinal));
        var status = await _preview.Server.StatusAsync();

        Assert.Contains("二つ目のページ", page, StringComparison.Ordinal);
        Assert.Empty(status.Errors);
    }

    [Fact]
    public async Task A_draft_row_with_its_placeholders_is_previewed_at_once()
    {
        // The row as `slmguide new model` writes it: typed values still wait for their text.
        _preview.Edit("data/survey/models.yaml", "models:\n  - id: model-a\n", """
            models:
              - id: acme-1b
                draft: true
                name: "[モデル名を記入]"
                developer: "[開発元を記入]"
                parameters_billion: "[パラメータ数（10億）を記入]"
                features: "[特徴を記入]"
                source: "[情報源のidを記入]"
                checked: YYYY-MM-DD
              - id: model-a

            """);

        var tables = await EventuallyAsync(() => _preview.Server.GetTextAsync("tables/"), html => html.Contains("[モデル名を記入]", StringComparison.Ordinal));
        var model = await _preview.Server.GetTextAsync("models/acme-1b/");
        var status = await _preview.Server.StatusAsync();

        Assert.Contains("<span class=\"draft-badge\">下書き</span>", tables, StringComparison.Ordinal);
        Assert.Contains("記入待ち", model, StringComparison.Ordinal);
        Assert.Empty(status.Errors);
    }

    [Fact]
    public async Task A_saved_data_file_changes_the_pages_that_show_it()
    {
        _preview.Edit("data/survey/models.yaml", "features: 大きめの比較用", "features: データから来た新しい特徴");

        var model = await EventuallyAsync(() => _preview.Server.GetTextAsync("models/model-b/"), html => html.Contains("データから来た新しい特徴", StringComparison.Ordinal));
        var tables = await _preview.Server.GetTextAsync("tables/");

        Assert.Contains("データから来た新しい特徴", tables, StringComparison.Ordinal);
        Assert.Contains("テストモデルB", model, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_error_is_reported_to_browser_and_console_and_clears_once_fixed()
    {
        using var events = await _preview.Server.Http.GetStreamAsync(new Uri("/__slmguide/events", UriKind.Relative));
        using var reader = new StreamReader(events);
        Assert.Equal("event: status", await reader.ReadLineAsync());
        Assert.Contains("\"errors\":[]", await reader.ReadLineAsync(), StringComparison.Ordinal);

        // On a loaded machine the watcher may hear of the save only after the first status request.
        _preview.Edit("content/second.md", "title: 二つ目のページ", "title: [閉じ忘れ");
        var broken = await EventuallyAsync(_preview.Server.StatusAsync, status => status.Errors.Count > 0);

        var error = Assert.Single(broken.Errors);
        Assert.Equal("Y001", error.Code);
        Assert.Equal("en", broken.Language);
        Assert.Equal("the YAML ends inside an unclosed `[` or `{`", error.Message);
        Assert.StartsWith("content/second.md:", error.Location, StringComparison.Ordinal);
        Assert.Contains(_preview.Server.Lines, line => line.StartsWith("content/second.md:", StringComparison.Ordinal) && line.Contains("error Y001", StringComparison.Ordinal));
        Assert.Contains("脚注つきの文です。", await _preview.Server.GetTextAsync("second/"), StringComparison.Ordinal);
        Assert.Contains("Y001", await NextEventDataAsync(reader, "status"), StringComparison.Ordinal);

        _preview.Edit("content/second.md", "title: [閉じ忘れ", "title: 直したページ");
        var fixedStatus = await EventuallyAsync(_preview.Server.StatusAsync, status => status.Errors.Count == 0);

        Assert.Empty(fixedStatus.Errors);
        Assert.Contains("\"errors\":[]", await NextEventDataAsync(reader, "status"), StringComparison.Ordinal);
        Assert.Contains("直したページ", await _preview.Server.GetTextAsync("second/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_overlay_speaks_the_language_of_the_console()
    {
        using var japanese = new PreviewSite("--lang", "ja");
        await japanese.Server.GetTextAsync("second/");

        japanese.Edit("content/second.md", "title: 二つ目のページ", "title: [閉じ忘れ");
        var broken = await EventuallyAsync(japanese.Server.StatusAsync, status => status.Errors.Count > 0);

        Assert.Equal("ja", broken.Language);
        Assert.Equal("閉じていない `[` または `{` の途中で YAML が終わっています", Assert.Single(broken.Errors).Message);
        Assert.Contains(japanese.Server.Lines, line => line.Contains("閉じていない `[`", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/docs/../../etc/passwd")]
    [InlineData("/docs/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/docs/..%2f..%2f..%2fetc%2fpasswd")]
    [InlineData("/docs/%252e%252e/etc/passwd")]
    [InlineData("/docs/..%5c..%5cetc%5cpasswd")]
    [InlineData("/etc/passwd")]
    public async Task Paths_that_climb_out_of_the_output_are_not_found(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_preview.Server.Http.BaseAddress!, path));
        var response = await _preview.Server.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("root:", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_symbolic_link_inside_the_output_that_points_outside_is_not_followed()
    {
        var outside = Directory.CreateTempSubdirectory("slmguide-outside-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(outside, "secret.txt"), "outside the site");
            Directory.CreateSymbolicLink(_preview.PathOf("_site/linked"), outside);
            File.CreateSymbolicLink(_preview.PathOf("_site/secret.txt"), Path.Combine(outside, "secret.txt"));

            var throughFolder = await _preview.Server.GetAsync("linked/secret.txt");
            var throughFile = await _preview.Server.GetAsync("secret.txt");

            Assert.Equal(HttpStatusCode.NotFound, throughFolder.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, throughFile.StatusCode);
            Assert.DoesNotContain("outside the site", await throughFile.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public async Task A_missing_page_gets_the_sites_404_page_and_a_folder_without_slash_is_redirected()
    {
        var missing = await _preview.Server.GetAsync("no-such-page/");
        var folder = await _preview.Server.GetAsync("second");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("ページが見つかりません", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, folder.StatusCode);
        Assert.Equal("/docs/second/", folder.Headers.Location?.OriginalString);
    }

    private static async Task<string> NextEventDataAsync(StreamReader reader, string name)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line == $"event: {name}")
            {
                return await reader.ReadLineAsync(timeout.Token) ?? string.Empty;
            }
        }

        throw new InvalidOperationException($"the event stream ended before a `{name}` event");
    }

    // The watcher hears of a save a moment after it happens; the check is on what is served, not on how fast.
    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var value = await read();
            if (done(value) || DateTime.UtcNow > deadline)
            {
                return value;
            }

            await Task.Delay(20);
        }
    }
}
