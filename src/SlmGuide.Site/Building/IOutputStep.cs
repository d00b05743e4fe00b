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

    void Write(PlannedSite site, StagedOutput output, DiagnosticBag diagnostics);
}
