using System.Collections;
using SlmGuide.Data.Binding;
using SlmGuide.Data.Survey;

namespace SlmGuide.Data.Validation;

/// <summary>
/// The fields of a fact row that state facts, as opposed to the row's bookkeeping (its id, its
/// sources, its dates and its `unconfirmed` list). Only these can be unconfirmed or have a source of their own.
/// </summary>
internal static class FactFields
{
    private static readonly HashSet<string> Bookkeeping = new(StringComparer.Ordinal) { "id", "source", "checked", "unconfirmed", "field_sources" };

    public static IReadOnlyList<EntryField> Of(FactRow row) =>
        [.. EntrySchema.For(row.GetType()).Fields.Where(f => !Bookkeeping.Contains(f.Key))];

    /// <summary>Whether the row shows readers a value in the field; an empty text or list shows none.</summary>
    public static bool HasValue(EntryField field, FactRow row) => field.Property.GetValue(row) switch
    {
        null => false,
        string text => text.Length > 0,
        IEnumerable items => items.GetEnumerator().MoveNext(),
        _ => true,
    };
}
