using SlmGuide.Data.Diagnostics;
using SlmGuide.Site.Building;

namespace SlmGuide.Site.Output;

/// <summary>Copies theme/assets/ to /assets/ unchanged.</summary>
public sealed class AssetsStep : IOutputStep
{
    public string Name => "assets";

    public void Write(PlannedSite site, StagedOutput output, DiagnosticBag diagnostics) =>
        output.CopyFolder(site.Inputs.Theme.AssetsFolder, "assets");
}
