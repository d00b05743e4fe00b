using SlmGuide.Site.Building;
using SlmGuide.Testing;

namespace SlmGuide.Site.Tests;

/// <summary>The guide itself, built end to end from the repository's content/, data/ and theme/.</summary>
public sealed class RepositorySiteTests : IDisposable
{
    private readonly string _output = Directory.CreateTempSubdirectory("slmguide-repo-site-").FullName;

    public void Dispose() => Directory.Delete(_output, recursive: true);

    [Fact]
    public void Repository_site_builds_in_strict_mode_with_every_section_page()
    {
        var target = Path.Combine(_output, "_site");
        var result = SiteBuilder.Build(new BuildOptions(TestRepository.Root, target, Strict: true));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        foreach (var page in new[] { "index.html", "trends", "models", "optimization", "hardware", "cases", "adoption", "tools", "challenges", "outlook", "references", "claims" })
        {
            var file = page.EndsWith(".html", StringComparison.Ordinal) ? page : Path.Combine(page, "index.html");
            Assert.True(File.Exists(Path.Combine(target, file)), file);
        }
    }
}
