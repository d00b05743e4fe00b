using System.Collections.Concurrent;
using System.Reflection;

namespace SlmGuide.Data.Binding;

/// <summary>Maps enumeration members to the Japanese labels authors write, and back.</summary>
public static class EnumLabels
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<(string Label, object Value)>> Cache = new();

    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        All(typeof(TEnum)).First(pair => pair.Value.Equals(value)).Label;

    /// <summary>The label of a value whose enumeration type is known only at run time.</summary>
    public static string LabelOf(Enum value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return All(value.GetType()).First(pair => pair.Value.Equals(value)).Label;
    }

    public static IReadOnlyList<string> LabelsOf(Type enumType) => [.. All(enumType).Select(pair => pair.Label)];

    internal static bool TryParse(Type enumType, string text, out object? value)
    {
        foreach (var (label, candidate) in All(enumType))
        {
            if (string.Equals(label, text, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = null;
        return false;
    }

    private static IReadOnlyList<(string Label, object Value)> All(Type enumType) =>
        Cache.GetOrAdd(enumType, type => [.. type
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => (field.GetCustomAttribute<LabelAttribute>()?.Text ?? field.Name, field.GetValue(null)!))]);
}
