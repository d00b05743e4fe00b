using SlmGuide.Data.Diagnostics;

namespace SlmGuide.Data.Bench;

/// <summary>
/// What the reader made of one results file. <see cref="Diagnostics"/> names every part it could
/// not read; a document with any is incomplete, and <see cref="ResultsFileWriter"/> will not
/// replace its file, since that would drop the parts it could not read.
/// </summary>
public sealed record ResultsDocument(string DisplayPath, MachineRecord? Machine, IReadOnlyList<StoredRecord> Records, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool IsComplete => Diagnostics.Count == 0;

    public static ResultsDocument Empty(string displayPath) => new(displayPath, null, [], []);
}
