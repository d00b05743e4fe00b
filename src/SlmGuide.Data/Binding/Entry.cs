using SlmGuide.Data.Diagnostics;

namespace SlmGuide.Data.Binding;

/// <summary>
/// Base of every record bound from a YAML mapping. It remembers where the mapping and each of its
/// keys were written, so checks that run long after loading can still point at the exact line.
/// </summary>
public abstract record Entry
{
    public SourceLocation Location { get; internal set; }

    internal IReadOnlyDictionary<string, SourceLocation> KeyLocations { get; set; } =
        new Dictionary<string, SourceLocation>(StringComparer.Ordinal);

    internal IReadOnlySet<string> PendingKeys { get; set; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// Whether a draft row holds a placeholder (<c>[…を記入]</c>, <c>YYYY-MM-DD</c>) for this key
    /// instead of a value: the field keeps its type's default, or for a reference the placeholder
    /// as its id, and nothing reads it as a fact.
    /// </summary>
    public bool IsPending(string yamlKey) => PendingKeys.Contains(yamlKey);

    /// <summary>Where a key was written, or the mapping itself when the key is absent.</summary>
    public SourceLocation LocationOf(string yamlKey) =>
        KeyLocations.TryGetValue(yamlKey, out var location) ? location : Location;
}
