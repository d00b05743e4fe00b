using SlmGuide.Data.Diagnostics;
using SlmGuide.Site.Building;
using SlmGuide.Site.Content;

namespace SlmGuide.Site.Output;

/// <summary>Publishes the images and other files kept beside the pages in content/ (<see cref="PageFiles"/>).</summary>
public sealed class PageFilesStep : IOutputStep
{
    public string Name => "page files";

    public SiteInputKinds DependsOn => SiteInputKinds.Content;

    public IReadOnlyList<string> Publishes => [];

    public IEnumerable<string> PublishedFor(SiteInputs inputs) => PageFiles.Of(inputs.Root, inputs.Content).Select(file => file.Url);

    public void Write(PlannedSite site, ISiteOutput output, DiagnosticBag diagnostics)
    {
        foreach (var file in PageFiles.Of(site.Inputs.Root, site.Inputs.Content))
        {
            output.WriteBytes(file.Url.TrimStart('/'), File.ReadAllBytes(file.SourcePath));
        }
    }
}
