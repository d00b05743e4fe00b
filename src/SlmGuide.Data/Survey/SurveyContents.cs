using SlmGuide.Data.Binding;

namespace SlmGuide.Data.Survey;

/// <summary>
/// What a walk over the survey's files finds: every entry, the rows that state facts and the
/// references between entries, each knowing where it was written. Validation, the reference
/// lists, the staleness audit and the as-of date all read these, so no list can be left out of one.
/// </summary>
public sealed class SurveyContents
{
    private SurveyContents(IReadOnlyList<Entry> files, IReadOnlySet<Type> unverifiable, DroppedRows dropped)
    {
        EntriesByFile = [.. files.Select(file => (IReadOnlyList<Entry>)[.. EntryWalker.Entries(file)])];
        Entries = [.. EntriesByFile.SelectMany(entries => entries)];
        FactRows = [.. Entries.OfType<FactRow>()];
        FieldSources = [.. Entries.OfType<FieldSource>()];
        References = [.. files.SelectMany(EntryWalker.References)];
        UnverifiableTargets = unverifiable;
        Dropped = dropped;
    }

    public IReadOnlyList<Entry> Entries { get; }

    /// <summary>Every row that states facts, in file order.</summary>
    public IReadOnlyList<FactRow> FactRows { get; }

    /// <summary>Every second source a row cites for some of its fields; each has its own `checked` date.</summary>
    public IReadOnlyList<FieldSource> FieldSources { get; }

    /// <summary>Every reference, each with the place its id was typed.</summary>
    public IReadOnlyList<IReference> References { get; }

    /// <summary>
    /// Record types held by a file that could not be read, or with a dropped row whose id is
    /// unknown: references to them are not checked until it is fixed, since one typo should not
    /// cascade into a flood of follow-on errors.
    /// </summary>
    public IReadOnlySet<Type> UnverifiableTargets { get; }

    /// <summary>Rows dropped for an error: their references are checked too, and their ids count as existing.</summary>
    public DroppedRows Dropped { get; }

    /// <summary>The newest `checked` date of any fact row or field source; the default reference date for freshness.</summary>
    public DateOnly? LatestCheck => FactRows.Where(r => !r.IsPending("checked")).Select(r => r.Checked).Concat(FieldSources.Select(f => f.Checked))
        .Select(date => (DateOnly?)date).Max();

    /// <summary>Each file's entries, its own record first: entries with ids share one id space per file.</summary>
    internal IReadOnlyList<IReadOnlyList<Entry>> EntriesByFile { get; }

    /// <summary>Sources something actually cites; section 10 lists exactly these.</summary>
    public IReadOnlySet<string> CitedSourceIds() =>
        References.Where(r => r.Target == typeof(Source)).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

    /// <param name="files">The record each file bound to.</param>
    /// <param name="unreadFiles">The record types of the files that could not be read at all.</param>
    /// <param name="dropped">What the rows dropped for an error still hold.</param>
    public static SurveyContents Of(IEnumerable<Entry> files, IEnumerable<Type> unreadFiles, DroppedRows? dropped = null)
    {
        dropped ??= new DroppedRows();
        return new([.. files], unreadFiles.SelectMany(EntryWalker.EntryTypes).Concat(dropped.TypesWithoutId).ToHashSet(), dropped);
    }
}
