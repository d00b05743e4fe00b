using SlmGuide.Data.Diagnostics;

namespace SlmGuide.Data.Binding;

/// <summary>
/// A typed pointer from one row to an entity in another list, checked after loading.
/// Keeping the written position lets a dangling reference be reported where it was typed.
/// </summary>
public readonly record struct Ref<T>(string Id, SourceLocation Location) : IReference
    where T : IIdentified
{
    // Explicit, so the record's public face (and the JSON Schemas made from it) stays id and place.
    Type IReference.Target => typeof(T);

    public override string ToString() => Id;
}
