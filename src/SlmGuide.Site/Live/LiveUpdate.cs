using SlmGuide.Data.Diagnostics;

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
}
