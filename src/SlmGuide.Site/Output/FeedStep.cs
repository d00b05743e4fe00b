using SlmGuide.Data.Diagnostics;
using SlmGuide.Site.Building;

namespace SlmGuide.Site.Output;

/// <summary>Writes feed.xml when data/changelog.yaml has changes; pages link the feed only then.</summary>
public sealed class FeedStep : IOutputStep
{
    public string Name => "feed";

    public SiteInputKinds DependsOn => SiteInputKinds.Data;

    public void Write(PlannedSite site, ISiteOutput output, DiagnosticBag diagnostics)
    {
        if (site.Inputs.Changelog.Changes.Count > 0)
        {
            output.WriteText(AtomFeed.FileName, AtomFeed.Render(site.Inputs.Config.Title, site.Paths, site.Inputs.Changelog.Changes));
        }
    }
}
