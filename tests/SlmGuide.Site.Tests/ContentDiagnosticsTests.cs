using SlmGuide.Data.Diagnostics;

namespace SlmGuide.Site.Tests;

/// <summary>Problems in pages and templates, each reported at the file and line the author must fix.</summary>
public sealed class ContentDiagnosticsTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private Diagnostic Single(string code)
    {
        var result = _site.Build();
        Assert.False(result.Succeeded);
        var matching = result.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(matching.Count == 1, $"expected one {code}, got:\n{string.Join('\n', result.Diagnostics)}");
        return matching[0];
    }

    [Fact]
    public void Page_without_front_matter()
    {
        _site.Write("content/bare.md", "# 見出しだけ\n");
        var d = Single(DiagnosticCodes.BrokenFrontMatter);
        Assert.Equal("content/bare.md:1:1", d.Location.ToString());
    }

    [Fact]
    public void Unterminated_front_matter()
    {
        _site.Write("content/open.md", "---\ntitle: 閉じない\n本文\n");
        var d = Single(DiagnosticCodes.BrokenFrontMatter);
        Assert.Equal("content/open.md", d.Location.Path);
    }

    [Fact]
    public void Yaml_error_inside_front_matter_points_at_the_file_line()
    {
        _site.Write("content/bad.md", "---\ntitle: 良い\norder: [1\n---\n本文\n");
        var d = Single(DiagnosticCodes.YamlSyntax);
        Assert.Equal("content/bad.md", d.Location.Path);
        Assert.InRange(d.Location.Line, 3, 4);
    }

    [Fact]
    public void Front_matter_without_title()
    {
        _site.Write("content/untitled.md", "---\norder: 3\n---\n本文\n");
        var d = Single(DiagnosticCodes.MissingField);
        Assert.Equal("content/untitled.md:2:1", d.Location.ToString());
    }

    [Fact]
    public void Unknown_table_shortcode_names_the_line_and_suggests()
    {
        _site.Write("content/place.md", "---\ntitle: 配置\n---\n本文\n\n{{< table \"modles\" >}}\n");
        var d = Single(DiagnosticCodes.UnknownTable);
        Assert.Equal("content/place.md:6:1", d.Location.ToString());
        Assert.Equal("did you mean `models`?", d.Hint);
    }

    [Fact]
    public void Template_syntax_error_names_the_template_line()
    {
        _site.Write("theme/layouts/page.html", "{{ include 'head.html' }}\n<p>ok</p>\n{{ if page.title }}\n<p>never closed</p>\n");
        var d = Single(DiagnosticCodes.TemplateSyntax);
        Assert.Equal("theme/layouts/page.html", d.Location.Path);
        Assert.Equal(3, d.Location.Line);
    }

    [Fact]
    public void Template_runtime_error_names_the_template_line()
    {
        _site.Write("theme/layouts/page.html", "{{ include 'head.html' }}\n<p>ok</p>\n{{ include 'missing.html' }}\n{{ include 'foot.html' }}\n");
        var result = _site.Build();
        var d = result.Diagnostics.First(x => x.Code == DiagnosticCodes.TemplateRuntime);
        Assert.Equal("theme/layouts/page.html", d.Location.Path);
        Assert.Equal(3, d.Location.Line);
        Assert.Contains("missing.html", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_layout_points_at_the_front_matter_key()
    {
        _site.Write("content/odd.md", "---\ntitle: 変わった\nlayout: wide\n---\n本文\n");
        var d = Single(DiagnosticCodes.MissingLayout);
        Assert.Equal("content/odd.md:3:1", d.Location.ToString());
    }

    [Fact]
    public void Two_pages_with_one_url()
    {
        _site.Write("content/copy.md", "---\ntitle: 複製\nslug: second\n---\n本文\n");
        var d = Single(DiagnosticCodes.DuplicatePageUrl);
        Assert.Contains("/second/", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Site_root_without_required_folders()
    {
        Directory.Delete(Path.Combine(_site.Root, "theme"), recursive: true);
        var d = Single(DiagnosticCodes.MissingFolder);
        Assert.Equal("theme/", d.Location.Path);
    }

    [Fact]
    public void Invalid_utf8_in_a_page()
    {
        File.WriteAllBytes(Path.Combine(_site.Root, "content", "sjis.md"), [.. "---\ntitle: x\n---\n"u8.ToArray(), 0x82, 0xA0, (byte)'\n']);
        var d = Single(DiagnosticCodes.InvalidUtf8);
        Assert.Equal("content/sjis.md:4:1", d.Location.ToString());
    }
}
