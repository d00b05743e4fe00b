using SlmGuide.Data.Yaml;

namespace SlmGuide.Data.Binding;

/// <summary>
/// Rows marked <c>draft: true</c>, which only <c>serve</c> and the <c>--drafts</c> runs publish. A
/// draft that is left out is not bound at all, so a half-written row never fails a plain build,
/// and references to it are dangling there as links to a draft page are. Its lines are
/// remembered so the placeholder check passes over them too. A draft that is taken in may hold
/// placeholders where typed values go (<see cref="Entry.IsPending"/>).
/// </summary>
public sealed class DraftRows(bool include)
{
    private readonly List<(string Path, int FirstLine, int LastLine)> _leftOut = [];

    /// <summary>Whether drafts are bound and published in this run.</summary>
    public bool Include { get; } = include;

    /// <summary>Whether a line of a data file belongs to a draft this run leaves out.</summary>
    public bool IsLeftOut(string displayPath, int line) =>
        _leftOut.Any(row => row.Path == displayPath && line >= row.FirstLine && line <= row.LastLine);

    /// <summary>Adds what another file's binding left out (files are bound in parallel, each into its own).</summary>
    public void AddRange(DraftRows other)
    {
        ArgumentNullException.ThrowIfNull(other);
        _leftOut.AddRange(other._leftOut);
    }

    internal void LeaveOut(YamlMapping row) => _leftOut.Add((row.Location.Path, row.Location.Line, LastLine(row)));

    // A block scalar's node knows only where it starts, so its own line breaks are counted on.
    private static int LastLine(YamlNode node) => node switch
    {
        YamlMapping mapping => mapping.Entries.Select(e => Math.Max(e.Key.Location.Line, LastLine(e.Value))).DefaultIfEmpty(node.Location.Line).Max(),
        YamlSequence sequence => sequence.Items.Select(LastLine).DefaultIfEmpty(node.Location.Line).Max(),
        YamlScalar scalar => scalar.Location.Line + (scalar.IsPlain ? 0 : scalar.Value.TrimEnd('\n').Count(c => c == '\n')),
        _ => node.Location.Line,
    };
}
