using System.IO.Compression;
using System.Text;
using System.Text.Json;
using SlmGuide.Site.Building;
using SlmGuide.Site.Output;

namespace SlmGuide.Site.Tests;

/// <summary>
/// The Pagefind index of a rebuilt site, with the real pagefind_extended binary that the
/// solution's build installs from npm. A rebuild starts from the site before last, so the tests
/// build at least twice before the change they look at.
/// </summary>
public sealed class SearchIndexTests : IDisposable
{
    private readonly TestSite _site = new();

    public SearchIndexTests()
    {
        File.Copy(Path.Combine(TestSite.RepositoryRoot, SearchIndexStep.PackageFile), Path.Combine(_site.Root, SearchIndexStep.PackageFile));
        Directory.CreateSymbolicLink(Path.Combine(_site.Root, "node_modules"), Path.Combine(TestSite.RepositoryRoot, "node_modules"));
    }

    private string FreshBuild => Path.Combine(_site.Root, "fresh");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void The_stage_observer_hears_the_search_index_begin_and_pages_point_at_the_index_the_step_publishes()
    {
        var heard = new List<string>();

        var result = SiteBuilder.Build(new BuildOptions(_site.Root) { StageStarting = heard.Add });

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal(result.Timings.Select(t => t.Stage), heard);
        Assert.Contains(SearchIndexStep.StageName, heard);
        Assert.Contains("data-pagefind=\"/docs/pagefind/\"", _site.Read("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_deleted_since_the_site_before_last_is_not_in_the_search_index()
    {
        _site.Write("content/gone.md", "---\ntitle: 消えるページ\n---\n消える予定の本文です。\n");
        BuildTwice();
        Assert.Contains("/gone/", IndexedPages(_site.Output).Keys);

        File.Delete(Path.Combine(_site.Root, "content", "gone.md"));
        Build();

        Assert.DoesNotContain("/gone/", IndexedPages(_site.Output).Keys);
        Build(FreshBuild);
        Assert.Equal(BuildTests.Fingerprint(FreshBuild), BuildTests.Fingerprint(_site.Output));
    }

    [Fact]
    public void A_rebuild_with_unchanged_pages_keeps_the_index_it_has_which_a_fresh_build_would_write_byte_for_byte()
    {
        Build();
        var madeFirst = IndexTimes(_site.Output);
        Build();
        Build();

        Assert.Equal(madeFirst, IndexTimes(_site.Output));
        Build(FreshBuild);
        Assert.Equal(BuildTests.Fingerprint(FreshBuild), BuildTests.Fingerprint(_site.Output));
    }

    [Fact]
    public void A_changed_page_makes_the_index_again()
    {
        BuildTwice();
        _site.Edit("content/second.md", "脚注つきの文です。", "索引に新しく載る語はアオミドロです。");

        Build();

        Assert.Contains("アオミドロ", IndexedPages(_site.Output)["/second/"], StringComparison.Ordinal);
        Build(FreshBuild);
        Assert.Equal(BuildTests.Fingerprint(FreshBuild), BuildTests.Fingerprint(_site.Output));
    }

    [Fact]
    public void An_index_damaged_since_it_was_made_is_made_again()
    {
        BuildTwice();
        var reused = Path.Combine(_site.Root, "._site.previous", SearchIndexStep.IndexFolder, "fragment");
        File.Delete(Directory.EnumerateFiles(reused).First());

        Build();

        Build(FreshBuild);
        Assert.Equal(BuildTests.Fingerprint(FreshBuild), BuildTests.Fingerprint(_site.Output));
    }

    private void BuildTwice()
    {
        Build();
        Build();
    }

    private void Build(string? output = null)
    {
        var result = _site.Build(output: output);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
    }

    /// <summary>URL → indexed text, read from Pagefind's fragments: gzip, a signature, then JSON.</summary>
    private static Dictionary<string, string> IndexedPages(string site)
    {
        const string Signature = "pagefind_dcd";
        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(site, SearchIndexStep.IndexFolder, "fragment")))
        {
            using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            using var reader = new StreamReader(gzip, Encoding.UTF8);
            var text = reader.ReadToEnd();
            Assert.StartsWith(Signature, text, StringComparison.Ordinal);
            using var fragment = JsonDocument.Parse(text[Signature.Length..]);
            // Pagefind marks the word boundaries it found with zero-width spaces.
            pages[fragment.RootElement.GetProperty("url").GetString()!] = fragment.RootElement.GetProperty("content").GetString()!.Replace("\u200b", "", StringComparison.Ordinal);
        }

        return pages;
    }

    private static Dictionary<string, DateTime> IndexTimes(string site)
    {
        var folder = Path.Combine(site, SearchIndexStep.IndexFolder);
        return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(file => Path.GetRelativePath(folder, file), File.GetLastWriteTimeUtc, StringComparer.Ordinal);
    }
}
