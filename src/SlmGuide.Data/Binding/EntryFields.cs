using System.Reflection;

namespace SlmGuide.Data.Binding;

/// <summary>
/// The binder's name for a record property, for code outside the binder that shows fields by
/// name (table columns): the YAML key and the Japanese label, both read from the record.
/// </summary>
public static class EntryFields
{
    public static (string Key, string? Label) Of(Type recordType, PropertyInfo property)
    {
        ArgumentNullException.ThrowIfNull(property);
        var field = EntrySchema.For(recordType).Fields.FirstOrDefault(f => f.Property.Name == property.Name)
            ?? throw new ArgumentException($"{recordType.Name}.{property.Name} is not a field the binder fills", nameof(property));
        return (field.Key, field.Label);
    }

    /// <summary>Every YAML key of a record, in the order the record declares them.</summary>
    public static IEnumerable<string> Keys(Type recordType) => EntrySchema.For(recordType).Fields.Select(f => f.Key);

    /// <summary>The Japanese label of the field a YAML key names, or the key itself where the field has none.</summary>
    public static string LabelOf(Type recordType, string key) =>
        EntrySchema.For(recordType).ByKey.TryGetValue(key, out var field) && field.Label is { } label ? label : key;
}
