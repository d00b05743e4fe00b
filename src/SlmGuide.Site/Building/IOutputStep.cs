using SlmGuide.Data.Diagnostics;
using SlmGuide.Site.Output;

namespace SlmGuide.Site.Building;

/// <summary>
/// A step that adds files beside the rendered pages (sitemap, assets, …). Steps run after every
/// page rendered, into the same staging folder, so they too are swapped in only on success.
/// Each step says what it publishes, so the link checker and the page head ask the step instead
/// of repeating its file names and its condition.
/// </summary>
public interface IOutputStep
{
    string Name { get; }

    /// <summary>The inputs whose change makes the live preview run this step again.</summary>
    SiteInputKinds DependsOn { get; }

    /// <summary>False for steps the live preview runs only when it starts.</summary>
    bool RunsOnLiveUpdates => true;

    /// <summary>
    /// The site URLs the step writes: a file (<c>/feed.xml</c>) or, ending in <c>/</c>, every file
    /// under a folder (<c>/pagefind/</c>). A link may point at them though no page has that URL.
    /// </summary>
    IReadOnlyList<string> Publishes { get; }

    /// <summary>What pages refer to in their head when the step is enabled (the feed, the search index); null for none.</summary>
    HeadLink? HeadLink => null;

    /// <summary>Whether this site gets the step's files at all; the one place the step's condition lives.</summary>
    bool IsEnabledFor(SiteInputs inputs) => true;

    void Write(PlannedSite site, ISiteOutput output, DiagnosticBag diagnostics);
}
