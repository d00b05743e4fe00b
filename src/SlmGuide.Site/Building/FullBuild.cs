using SlmGuide.Data;
using SlmGuide.Data.Diagnostics;
using SlmGuide.Site.Output;
using SlmGuide.Site.Pages;

namespace SlmGuide.Site.Building;

/// <summary>
/// `build` and `check`: everything is read and every page rendered. Pages stream into a staging
/// folder as they render (holding them all would cost memory on a large site), which is safe
/// because the folder is swapped in only at the end; `check` writes nothing.
/// </summary>
internal sealed class FullBuild(BuildOptions options) : IBuildTarget, IDisposable
{
    private StagedOutput? _output;

    public SiteRoot Root { get; } = new(options.Root);

    public PlanningCache Cache { get; } = new();

    public SiteInputs Load(DiagnosticBag diagnostics)
    {
        var inputs = SiteInputs.Load(Root, diagnostics, options.Drafts);
        return options.Drafts ? inputs : inputs with { Content = [.. inputs.Content.Where(page => !page.FrontMatter.Draft)] };
    }

    public ISiteOutput? Open() => _output = options.Write ? new StagedOutput(options.OutputPath) : null;

    public Func<PlannedPage, PageView, bool> NeedsRender(PlannedSite site) => (_, _) => true;

    public void Accept(PlannedPage page, string html) => _output?.WriteText(page.OutputPath, html);

    // The pages are in the staging folder already.
    public void Publish(PlannedSite site)
    {
    }

    public bool Runs(IOutputStep step) => true;

    public void Dispose() => _output?.Dispose();
}
