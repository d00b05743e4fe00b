namespace SlmGuide.Data.Binding;

/// <summary>
/// What the binder could still read from the rows it dropped for an error: the references they
/// make and the ids they hold. A dropped row's own references are checked in the same run (a
/// typo'd key and a dangling source are reported together), and references to its id are not
/// called dangling, so one mistake never cascades into errors elsewhere.
/// </summary>
public sealed class DroppedRows
{
    private readonly List<IReference> _references = [];
    private readonly List<(Type Type, string Id)> _ids = [];
    private readonly HashSet<Type> _withoutId = [];

    public IReadOnlyList<IReference> References => _references;

    /// <summary>The ids of dropped rows, with their record type.</summary>
    public IReadOnlyList<(Type Type, string Id)> Ids => _ids;

    /// <summary>Record types with a dropped row whose id could not be read: any reference to that type may mean it.</summary>
    public IReadOnlySet<Type> TypesWithoutId => _withoutId;

    /// <summary>Records a row the binder dropped, from the fields it did bind.</summary>
    internal void Add(Entry partial)
    {
        // A reference field the row never got holds a default reference without an id.
        _references.AddRange(EntryWalker.References(partial).Where(reference => !string.IsNullOrEmpty(reference.Id)));
        foreach (var entry in EntryWalker.Entries(partial).OfType<IIdentified>())
        {
            if (string.IsNullOrEmpty(entry.Id))
            {
                _withoutId.Add(entry.GetType());
            }
            else
            {
                _ids.Add((entry.GetType(), entry.Id));
            }
        }
    }

    /// <summary>Adds what another file's binding dropped (files are bound in parallel, each into its own).</summary>
    public void AddRange(DroppedRows other)
    {
        ArgumentNullException.ThrowIfNull(other);
        _references.AddRange(other._references);
        _ids.AddRange(other._ids);
        _withoutId.UnionWith(other._withoutId);
    }
}
