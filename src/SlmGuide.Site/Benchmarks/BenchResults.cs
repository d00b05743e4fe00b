using SlmGuide.Data;
using SlmGuide.Data.Bench;
using SlmGuide.Data.Diagnostics;

namespace SlmGuide.Site.Benchmarks;

/// <summary>
/// Reads data/bench/results/*.json, written only by <c>slmguide bench</c>, with the reader the
/// bench itself uses. The site shows these numbers and nothing else, so every unreadable part is
/// an error rather than a silently shorter table.
/// </summary>
public static class BenchResults
{
    public const string Folder = "data/bench/results";

    public static IReadOnlyList<MachineResults> Load(SiteRoot root, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(root);
        return ResultsFolder.Load(root.Resolve(Folder), root.Display, diagnostics);
    }
}
