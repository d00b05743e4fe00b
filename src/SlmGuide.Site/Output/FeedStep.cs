using SlmGuide.Data.Diagnostics;
using SlmGuide.Site.Building;

namespace SlmGuide.Site.Output;

/// <summary>Writes feed.xml when data/changelog.yaml has changes; pages link the feed only then.</summary>
public sealed class FeedStep : IOutputStep
{
    public string Name => "feed";

    public SiteInputKinds DependsOn => SiteInputKinds.Data;

    public IReadOnlyList<string> Publishes { get; } = ["/" + AtomFeed.FileName];

    public HeadLink HeadLink { get; } = new("feed", "/" + AtomFeed.FileName);

    // An Atom feed needs at least one entry: its `updated` is the newest entry's date.
    public bool IsEnabledFor(SiteInputs inputs) => inputs.Changelog.Changes.Count > 0;

    public void Write(PlannedSite site, ISiteOutput output, DiagnosticBag diagnostics) =>
        output.WriteText(AtomFeed.FileName, AtomFeed.Render(site.Inputs.Config.Title, site.Paths, site.Inputs.Changelog.Changes));
}
