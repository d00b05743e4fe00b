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

    /// <summary>Where a key was written, or the mapping itself when the key is absent.</summary>
    public SourceLocation LocationOf(string yamlKey) =>
        KeyLocations.TryGetValue(yamlKey, out var location) ? location : Location;
}
