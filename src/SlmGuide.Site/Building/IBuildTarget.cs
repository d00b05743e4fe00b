using SlmGuide.Data;
using SlmGuide.Data.Diagnostics;
using SlmGuide.Site.Output;
using SlmGuide.Site.Pages;

namespace SlmGuide.Site.Building;

/// <summary>
/// Where `build` and `serve` differ inside the one pipeline: what they read, which pages they
/// render and where the pages go. The stages, their order, the checks and the output steps are
/// the pipeline's, so the live preview cannot drift from a full build.
/// </summary>
internal interface IBuildTarget
{
    SiteRoot Root { get; }

    /// <summary>Work carried over from the previous run; a full build brings an empty cache.</summary>
    PlanningCache Cache { get; }

    /// <summary>Every input of this run; a live preview reads again only the families that changed.</summary>
    SiteInputs Load(DiagnosticBag diagnostics);

    /// <summary>Called before rendering while the run has no error: where pages and output steps will write; null when the run only checks.</summary>
    ISiteOutput? Open();

    /// <summary>How to tell, for this plan, whether a page must render: a live preview skips the pages whose output is already what these inputs make.</summary>
    Func<PlannedPage, PageView, bool> NeedsRender(PlannedSite site);

    /// <summary>One rendered page, from one of several threads at once.</summary>
    void Accept(PlannedPage page, string html);

    /// <summary>Every page rendered and the run has no error: the pages may reach the output now.</summary>
    void Publish(PlannedSite site);

    /// <summary>Whether this run runs the (enabled) output step; a live update skips steps whose inputs did not change.</summary>
    bool Runs(IOutputStep step);
}
