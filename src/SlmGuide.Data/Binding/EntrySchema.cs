using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace SlmGuide.Data.Binding;

/// <summary>The YAML face of a record type: its keys, which are required, and their labels. Built once per type.</summary>
internal sealed class EntrySchema
{
    private static readonly ConcurrentDictionary<Type, EntrySchema> Cache = new();

    private EntrySchema(IReadOnlyList<EntryField> fields)
    {
        Fields = fields;
        ByKey = fields.ToDictionary(f => f.Key, StringComparer.Ordinal);
    }

    public IReadOnlyList<EntryField> Fields { get; }

    public IReadOnlyDictionary<string, EntryField> ByKey { get; }

    public static EntrySchema For(Type type) => Cache.GetOrAdd(type, Build);

    private static EntrySchema Build(Type type)
    {
        var fields = type
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true })
            .OrderBy(p => p.MetadataToken)
            .Select(p => new EntryField(
                SnakeCase(p.Name),
                p,
                p.GetCustomAttribute<RequiredMemberAttribute>() is not null,
                p.GetCustomAttribute<LabelAttribute>()?.Text))
            .ToList();
        return new EntrySchema(fields);
    }

    internal static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}

internal sealed record EntryField(string Key, PropertyInfo Property, bool IsRequired, string? Label)
{
    public string Describe() => Label is null ? $"`{Key}`" : $"`{Key}` ({Label})";
}
