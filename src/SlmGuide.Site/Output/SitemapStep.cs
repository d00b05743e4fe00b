using SlmGuide.Data.Diagnostics;
using SlmGuide.Site.Building;

namespace SlmGuide.Site.Output;

public sealed class SitemapStep : IOutputStep
{
    public string Name => "sitemap";

    public SiteInputKinds DependsOn => SiteInputKinds.Content | SiteInputKinds.Data;

    public void Write(PlannedSite site, ISiteOutput output, DiagnosticBag diagnostics) =>
        output.WriteText("sitemap.xml", Sitemap.Render(site.Pages
            .Where(p => p.Url != "/404.html")
            .Select(p => site.Paths.Absolute(p.Url))));
}
