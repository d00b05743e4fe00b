using System.Linq.Expressions;
using System.Reflection;
using SlmGuide.Data.Binding;

namespace SlmGuide.Site.Tables;

/// <summary>
/// The record field a column's selector names (<c>r => r.Cpu</c>), with the key and label the
/// binder gives it, so a column never types either again.
/// </summary>
internal static class FieldName
{
    /// <param name="label">The table's own heading, where it really differs from the record's label.</param>
    public static (string Key, string Label) Of<TRow, TValue>(Expression<Func<TRow, TValue>> selector, string? label)
    {
        ArgumentNullException.ThrowIfNull(selector);
        if (selector.Body is not MemberExpression { Member: PropertyInfo property } member || member.Expression != selector.Parameters[0])
        {
            throw new ArgumentException($"`{selector}` must name one field of {typeof(TRow).Name}, as in `r => r.Name`", nameof(selector));
        }

        var (key, recordLabel) = EntryFields.Of(typeof(TRow), property);
        return (key, label ?? recordLabel ?? throw new ArgumentException($"{typeof(TRow).Name}.{property.Name} has no [Label]; give the column a label", nameof(selector)));
    }
}
