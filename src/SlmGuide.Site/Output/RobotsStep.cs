using SlmGuide.Data.Diagnostics;
using SlmGuide.Site.Building;

namespace SlmGuide.Site.Output;

/// <summary>robots.txt: everything may be crawled, and crawlers are pointed at the sitemap.</summary>
public sealed class RobotsStep : IOutputStep
{
    public string Name => "robots";

    public SiteInputKinds DependsOn => SiteInputKinds.Data;

    public IReadOnlyList<string> Publishes { get; } = ["/robots.txt"];

    public void Write(PlannedSite site, ISiteOutput output, DiagnosticBag diagnostics) =>
        output.WriteText("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {site.Paths.Absolute("/" + SitemapStep.FileName)}\n");
}
