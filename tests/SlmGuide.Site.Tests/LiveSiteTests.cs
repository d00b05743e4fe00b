using SlmGuide.Site.Live;

namespace SlmGuide.Site.Tests;

/// <summary>
/// The live preview's promise: after any sequence of edits, what it has written is exactly what a
/// fresh full build of the same files writes, while each edit re-renders only the pages that
/// depend on it.
/// </summary>
public sealed class LiveSiteTests : IDisposable
{
    private static readonly string[] ModelPages = ["/models/model-a/", "/models/model-b/"];
    private readonly TestSite _site = new();
    private readonly LiveSite _live;

    public LiveSiteTests()
    {
        _live = new LiveSite(_site.Root, Path.Combine(_site.Root, "_live"));
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void First_update_writes_what_a_full_build_writes()
    {
        var first = _live.Rebuild();

        Assert.True(first.Succeeded, string.Join('\n', first.Diagnostics));
        Assert.Equal(first.PageCount, first.WrittenUrls.Count);
        AssertSameAsFreshBuild();
    }

    [Fact]
    public void Editing_a_page_body_renders_that_page_only()
    {
        Assert.True(_live.Rebuild().Succeeded);

        _site.Edit("content/second.md", "脚注つきの文です。", "書き換えた文です。");
        var update = _live.Update([Path.Combine(_site.Root, "content/second.md")]);

        Assert.Equal(["/second/"], update.WrittenUrls);
        Assert.Contains("書き換えた文です。", File.ReadAllText(Path.Combine(_live.OutputPath, "second/index.html")), StringComparison.Ordinal);
        AssertSameAsFreshBuild();
    }

    [Fact]
    public void Renaming_a_page_in_the_navigation_renders_every_page_that_shows_the_navigation()
    {
        Assert.True(_live.Rebuild().Succeeded);

        _site.Edit("content/second.md", "title: 二つ目のページ", "title: 改名したページ");
        var update = _live.Update([Path.Combine(_site.Root, "content/second.md")]);

        Assert.Equal(update.PageCount, update.WrittenUrls.Count);
        AssertSameAsFreshBuild();
    }

    [Fact]
    public void Editing_a_data_file_renders_the_pages_that_show_its_rows()
    {
        Assert.True(_live.Rebuild().Succeeded);

        _site.Edit("data/survey/models.yaml", "features: 大きめの比較用", "features: 書き換えた特徴");
        var update = _live.Update([Path.Combine(_site.Root, "data/survey/models.yaml")]);

        Assert.True(update.Succeeded, string.Join('\n', update.Diagnostics));
        Assert.Contains("/models/model-b/", update.WrittenUrls);
        Assert.Contains("/tables/", update.WrittenUrls);
        Assert.DoesNotContain("/second/", update.WrittenUrls);
        Assert.DoesNotContain("/models/model-a/", update.WrittenUrls);
        AssertSameAsFreshBuild();
    }

    [Fact]
    public void Editing_a_layout_renders_the_pages_that_use_it_and_no_others()
    {
        Assert.True(_live.Rebuild().Succeeded);

        _site.Edit("theme/layouts/model.html", "{{ include 'foot.html' }}", "<p>追記</p>\n{{ include 'foot.html' }}");
        var update = _live.Update([Path.Combine(_site.Root, "theme/layouts/model.html")]);

        Assert.Equal(ModelPages, update.WrittenUrls.Order(StringComparer.Ordinal));
        AssertSameAsFreshBuild();
    }

    [Fact]
    public void Adding_and_deleting_pages_adds_and_removes_their_files()
    {
        Assert.True(_live.Rebuild().Succeeded);

        _site.Write("content/third.md", "---\ntitle: 三つ目\n---\n新しいページです。\n");
        File.Delete(Path.Combine(_site.Root, "content/second.md"));
        var update = _live.Update([Path.Combine(_site.Root, "content/third.md"), Path.Combine(_site.Root, "content/second.md")]);

        Assert.True(update.Succeeded, string.Join('\n', update.Diagnostics));
        Assert.Contains("/third/", update.WrittenUrls);
        Assert.Equal(["/second/"], update.RemovedUrls);
        Assert.False(File.Exists(Path.Combine(_live.OutputPath, "second/index.html")));
        AssertSameAsFreshBuild();
    }

    [Fact]
    public void A_broken_edit_writes_nothing_and_the_fix_catches_up_on_everything_changed_meanwhile()
    {
        Assert.True(_live.Rebuild().Succeeded);
        var before = BuildTests.Fingerprint(_live.OutputPath);

        _site.Edit("content/second.md", "title: 二つ目のページ", "title: [閉じていない");
        var broken = _live.Update([Path.Combine(_site.Root, "content/second.md")]);
        _site.Edit("data/survey/models.yaml", "features: 大きめの比較用", "features: 壊れている間の編集");
        var stillBroken = _live.Update([Path.Combine(_site.Root, "data/survey/models.yaml")]);

        Assert.False(broken.Succeeded);
        Assert.Contains(stillBroken.Diagnostics, d => d.IsError && d.Location.Path == "content/second.md");
        Assert.Equal(before, BuildTests.Fingerprint(_live.OutputPath));

        _site.Edit("content/second.md", "title: [閉じていない", "title: 直したページ");
        var fixedUpdate = _live.Update([Path.Combine(_site.Root, "content/second.md")]);

        Assert.True(fixedUpdate.Succeeded, string.Join('\n', fixedUpdate.Diagnostics));
        Assert.Contains("壊れている間の編集", File.ReadAllText(Path.Combine(_live.OutputPath, "models/model-b/index.html")), StringComparison.Ordinal);
        AssertSameAsFreshBuild();
    }

    [Fact]
    public void Editing_an_asset_copies_it_without_rendering_pages()
    {
        Assert.True(_live.Rebuild().Succeeded);

        File.AppendAllText(Path.Combine(_site.Root, "theme/assets/site.css"), "\n.added { color: red; }\n");
        var update = _live.Update([Path.Combine(_site.Root, "theme/assets/site.css")]);

        Assert.Empty(update.WrittenUrls);
        Assert.True(update.ChangedOutput);
        AssertSameAsFreshBuild();
    }

    [Fact]
    public void A_change_outside_the_site_files_changes_nothing()
    {
        Assert.True(_live.Rebuild().Succeeded);

        var update = _live.Update([Path.Combine(_site.Root, "notes.txt")]);

        Assert.Empty(update.WrittenUrls);
        Assert.False(update.ChangedOutput);
    }

    [Fact]
    public void A_folder_moved_away_is_an_error_and_its_return_a_full_rebuild()
    {
        Assert.True(_live.Rebuild().Succeeded);
        var data = Path.Combine(_site.Root, "data");
        Directory.Move(data, data + "-aside");

        var gone = _live.Update([data]);

        Assert.Contains(gone.Diagnostics, d => d.Code == "B001" && d.Location.Path == "data/");
        Directory.Move(data + "-aside", data);
        _site.Edit("data/survey/models.yaml", "features: 大きめの比較用", "features: 戻ってきたデータ");
        var back = _live.Update([data]);
        Assert.True(back.Succeeded, string.Join('\n', back.Diagnostics));
        AssertSameAsFreshBuild();
    }

    [Fact]
    public void A_broken_table_partial_stays_reported_while_its_tables_are_reused()
    {
        Assert.True(_live.Rebuild().Succeeded);

        _site.Edit("theme/partials/table.html", "</section>", "{{ include 'missing.html' }}\n</section>");
        var broken = _live.Update([Path.Combine(_site.Root, "theme/partials/table.html")]);
        _site.Edit("content/second.md", "脚注つきの文です。", "書き換えた文です。");
        var unrelated = _live.Update([Path.Combine(_site.Root, "content/second.md")]);

        Assert.Contains(broken.Diagnostics, d => d.Code == "T002" && d.Location.Path == "theme/partials/table.html");
        Assert.Equal(broken.Diagnostics, unrelated.Diagnostics);
        Assert.Empty(unrelated.WrittenUrls);

        _site.Edit("theme/partials/table.html", "{{ include 'missing.html' }}\n</section>", "</section>");
        var fixedUpdate = _live.Update([Path.Combine(_site.Root, "theme/partials/table.html")]);
        Assert.True(fixedUpdate.Succeeded, string.Join('\n', fixedUpdate.Diagnostics));
        AssertSameAsFreshBuild();
    }

    [Fact]
    public void The_first_update_runs_the_stages_of_a_full_build_in_the_same_order()
    {
        var heard = new List<string>();
        var live = new LiveSite(_site.Root, Path.Combine(_site.Root, "_heard"), heard.Add);

        var first = live.Rebuild();
        var build = _site.Build(output: Path.Combine(_site.Root, "_fresh"));

        Assert.True(first.Succeeded, string.Join('\n', first.Diagnostics));
        Assert.Equal(build.Timings.Select(t => t.Stage), first.Timings.Select(t => t.Stage));
        Assert.Equal(first.Timings.Select(t => t.Stage), heard);
        Assert.Equal(["root", "load", "plan", "validate", "render"], heard.Take(5));
        Assert.Equal("swap", heard[^1]);
    }

    private void AssertSameAsFreshBuild()
    {
        var fresh = Path.Combine(_site.Root, "_fresh");
        var build = _site.Build(output: fresh);
        Assert.True(build.Succeeded, string.Join('\n', build.Diagnostics));
        Assert.Equal(BuildTests.Fingerprint(fresh), BuildTests.Fingerprint(_live.OutputPath));
    }
}
