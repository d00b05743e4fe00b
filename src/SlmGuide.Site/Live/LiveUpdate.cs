using SlmGuide.Data.Diagnostics;
using SlmGuide.Site.Building;

namespace SlmGuide.Site.Live;

/// <summary>What one live rebuild did: its problems, the pages it wrote or removed, and how long it took.</summary>
public sealed record LiveUpdate(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<string> WrittenUrls,
    IReadOnlyList<string> RemovedUrls,
    int PageCount,
    TimeSpan Elapsed)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    /// <summary>True when readers have something new to see: a page, or a file beside the pages.</summary>
    public bool ChangedOutput { get; init; }

    /// <summary>How long each stage of the rebuild took, as `build --timings` shows for a full build.</summary>
    public IReadOnlyList<StageTiming> Timings { get; init; } = [];
}
