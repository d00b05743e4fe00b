using SlmGuide.Data.Diagnostics;
using SlmGuide.Site.Building;

namespace SlmGuide.Site.Output;

/// <summary>Publishes the images and other files kept beside the pages in content/ (<see cref="PlannedSite.PageFiles"/>).</summary>
public sealed class PageFilesStep : IOutputStep
{
    public string Name => "page files";

    public SiteInputKinds DependsOn => SiteInputKinds.Content;

    // Its paths depend on the content, so the planned site lists them (PlannedSite.Published).
    public IReadOnlyList<string> Publishes => [];

    public void Write(PlannedSite site, ISiteOutput output, DiagnosticBag diagnostics)
    {
        foreach (var file in site.PageFiles)
        {
            output.WriteBytes(file.Url.TrimStart('/'), File.ReadAllBytes(file.SourcePath));
        }
    }
}
