namespace SlmGuide.Cli.Tests;

/// <summary>Images beside a page in content/: published with it, linked from its Markdown and figures, left out with a draft.</summary>
public sealed class PageBundleTests : IDisposable
{
    // A 1×1 PNG: the build copies bytes, so any file will do, but a real image keeps the test honest.
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private readonly FixtureSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Files_beside_a_page_are_published_with_it_and_its_figure_shows_them()
    {
        Write("content/second/chart.png");
        Write("content/img/logo.png");
        Write("content/later/secret.png");
        File.WriteAllText(_site.Path("content/later.md"), "---\ntitle: 下書き\ndraft: true\n---\n![図](secret.png)\n");
        File.AppendAllText(_site.Path("content/second.md"), "\n{{< figure src=\"chart.png\" alt=\"速度の比較\" caption=\"図1 速度の比較\" width=\"480\" >}}\n\n![ロゴ](/img/logo.png)\n");
        var output = _site.Path("out");

        var build = CliRun.Start("build", "--root", _site.Root, "--out", output);

        Assert.True(build.ExitCode == 0, build.Stderr);
        Assert.Equal(Png, File.ReadAllBytes(Path.Combine(output, "second", "chart.png")));
        Assert.Equal(Png, File.ReadAllBytes(Path.Combine(output, "img", "logo.png")));
        Assert.False(File.Exists(Path.Combine(output, "later", "secret.png")));
        var page = File.ReadAllText(Path.Combine(output, "second", "index.html"));
        Assert.Contains("<figure class=\"figure\"><img src=\"chart.png\" alt=\"速度の比較\" width=\"480\" loading=\"lazy\" decoding=\"async\"><figcaption>図1 速度の比較</figcaption></figure>", page, StringComparison.Ordinal);
        Assert.Contains("<img src=\"/docs/img/logo.png\" alt=\"ロゴ\" />", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_with_a_slug_takes_the_files_of_its_folder_to_its_address()
    {
        Write("content/second/chart.png");
        var path = _site.Path("content/second.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("order: 2\n", "order: 2\nslug: renamed\n", StringComparison.Ordinal) + "\n![図](chart.png)\n");
        var output = _site.Path("out");

        var build = CliRun.Start("build", "--root", _site.Root, "--out", output);

        Assert.True(build.ExitCode == 0, build.Stderr);
        Assert.True(File.Exists(Path.Combine(output, "renamed", "chart.png")));
        Assert.False(Directory.Exists(Path.Combine(output, "second")));
    }

    private void Write(string relative)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_site.Path(relative))!);
        File.WriteAllBytes(_site.Path(relative), Png);
    }
}
