using System.Collections;

namespace SlmGuide.Data.Binding;

/// <summary>
/// Visits everything under a bound record by following the binder's own schema: every nested
/// entry and every reference, in the order the record declares them. Nothing here names a list,
/// so a list added to a record is walked the moment the binder can fill it.
/// </summary>
public static class EntryWalker
{
    /// <summary>The record itself, then every entry inside it, depth first.</summary>
    public static IEnumerable<Entry> Entries(Entry root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var pending = new Stack<Entry>();
        pending.Push(root);
        while (pending.TryPop(out var entry))
        {
            yield return entry;
            foreach (var child in Values(entry).OfType<Entry>().Reverse())
            {
                pending.Push(child);
            }
        }
    }

    /// <summary>
    /// Every reference written anywhere under the record, each with the place it was typed. A draft's
    /// placeholder in place of an id is not one: it names nothing yet.
    /// </summary>
    public static IEnumerable<IReference> References(Entry root) =>
        Entries(root).SelectMany(entry => Values(entry, skipPending: true).OfType<IReference>());

    /// <summary>Every record type an entry of <paramref name="recordType"/> can hold, itself included, read off the types alone.</summary>
    public static IReadOnlySet<Type> EntryTypes(Type recordType)
    {
        var found = new HashSet<Type>();
        var pending = new Stack<Type>([recordType]);
        while (pending.TryPop(out var type))
        {
            if (!found.Add(type))
            {
                continue;
            }

            foreach (var field in EntrySchema.For(type).Fields)
            {
                var member = Nullable.GetUnderlyingType(field.Property.PropertyType) ?? field.Property.PropertyType;
                var item = BindableTypes.IsList(member) ? member.GetGenericArguments()[0] : member;
                if (typeof(Entry).IsAssignableFrom(item))
                {
                    pending.Push(item);
                }
            }
        }

        return found;
    }

    // An entry's bound values with lists opened: nested entries, references and plain values; with
    // skipPending, not the fields a draft still holds a placeholder in.
    private static IEnumerable<object> Values(Entry entry, bool skipPending = false)
    {
        foreach (var field in EntrySchema.For(entry.GetType()).Fields)
        {
            if (skipPending && entry.IsPending(field.Key))
            {
                continue;
            }

            var value = field.Property.GetValue(entry);
            if (value is null)
            {
                continue;
            }

            if (BindableTypes.IsList(field.Property.PropertyType))
            {
                foreach (var item in (IEnumerable)value)
                {
                    yield return item;
                }
            }
            else
            {
                yield return value;
            }
        }
    }
}
