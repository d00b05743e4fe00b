using SlmGuide.Data.Diagnostics;
using SlmGuide.Site.Output;

namespace SlmGuide.Site.Building;

/// <summary>
/// A step that adds files beside the rendered pages (sitemap, assets, …). Steps run after every
/// page rendered, into the same staging folder, so they too are swapped in only on success.
/// </summary>
public interface IOutputStep
{
    string Name { get; }

    /// <summary>The inputs whose change makes the live preview run this step again.</summary>
    SiteInputKinds DependsOn { get; }

    /// <summary>False for steps the live preview runs only when it starts.</summary>
    bool RunsOnLiveUpdates => true;

    void Write(PlannedSite site, ISiteOutput output, DiagnosticBag diagnostics);
}
