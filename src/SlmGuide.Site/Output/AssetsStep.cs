using SlmGuide.Data.Diagnostics;
using SlmGuide.Site.Building;

namespace SlmGuide.Site.Output;

/// <summary>Copies theme/assets/ to /assets/ unchanged.</summary>
public sealed class AssetsStep : IOutputStep
{
    public string Name => "assets";

    public SiteInputKinds DependsOn => SiteInputKinds.Assets;

    public IReadOnlyList<string> Publishes { get; } = ["/assets/"];

    public void Write(PlannedSite site, ISiteOutput output, DiagnosticBag diagnostics) =>
        output.CopyFolder(site.Inputs.Theme.AssetsFolder, "assets");
}
