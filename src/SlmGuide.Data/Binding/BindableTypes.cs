namespace SlmGuide.Data.Binding;

/// <summary>
/// The member types the binder treats specially besides scalars and entries, so the code that
/// describes records for authors (schemas, scaffolds) recognises them exactly as the binder does.
/// </summary>
public static class BindableTypes
{
    /// <summary>A list of values: <c>IReadOnlyList&lt;T&gt;</c>.</summary>
    public static bool IsList(Type type) => IsGeneric(type, typeof(IReadOnlyList<>));

    /// <summary>A reference to another entry by its id: <c>Ref&lt;T&gt;</c>.</summary>
    public static bool IsRef(Type type) => IsGeneric(type, typeof(Ref<>));

    private static bool IsGeneric(Type type, Type definition)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.IsGenericType && type.GetGenericTypeDefinition() == definition;
    }
}
