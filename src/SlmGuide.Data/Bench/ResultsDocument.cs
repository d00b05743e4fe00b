using System.Text.Json.Nodes;
using SlmGuide.Data.Diagnostics;

namespace SlmGuide.Data.Bench;

/// <summary>
/// What the reader made of one results file. <see cref="Diagnostics"/> names every part it could
/// not read; a document with any is incomplete, and <see cref="ResultsFileWriter"/> will not
/// replace its file, since that would drop the parts it could not read.
/// </summary>
public sealed record ResultsDocument(string DisplayPath, MachineRecord? Machine, IReadOnlyList<StoredRecord> Records, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The machine block as it stands in the file, with any fields a newer version added.</summary>
    public JsonObject? MachineJson { get; init; }

    /// <summary>Top-level properties this version does not know, kept for a rewrite.</summary>
    public IReadOnlyDictionary<string, JsonNode?> Unknown { get; init; } = new Dictionary<string, JsonNode?>();

    public bool IsComplete => Diagnostics.Count == 0;

    public static ResultsDocument Empty(string displayPath) => new(displayPath, null, [], []);
}
