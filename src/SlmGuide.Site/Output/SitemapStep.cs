using SlmGuide.Data.Diagnostics;
using SlmGuide.Site.Building;

namespace SlmGuide.Site.Output;

public sealed class SitemapStep : IOutputStep
{
    public const string FileName = "sitemap.xml";

    public string Name => "sitemap";

    public SiteInputKinds DependsOn => SiteInputKinds.Content | SiteInputKinds.Data;

    public IReadOnlyList<string> Publishes { get; } = ["/" + FileName];

    public void Write(PlannedSite site, ISiteOutput output, DiagnosticBag diagnostics) =>
        output.WriteText(FileName, Sitemap.Render(site.Pages
            .Where(p => p.Url != "/404.html")
            .Select(p => site.Paths.Absolute(p.Url))));
}
