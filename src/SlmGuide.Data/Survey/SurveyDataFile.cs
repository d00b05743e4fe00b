using System.Reflection;
using SlmGuide.Data.Binding;

namespace SlmGuide.Data.Survey;

/// <summary>
/// One file of data/survey/, found from the data model instead of being typed again: every
/// record-typed property of <see cref="SurveyData"/> is a file named after the property in snake
/// case with ".yaml" (<c>Models</c> → models.yaml), holding the record the property's type names.
/// </summary>
public sealed record SurveyDataFile(string Name, PropertyInfo Property)
{
    /// <summary>Every survey file, in the order <see cref="SurveyData"/> declares them.</summary>
    public static IReadOnlyList<SurveyDataFile> All { get; } =
    [
        .. typeof(SurveyData)
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => typeof(Entry).IsAssignableFrom(p.PropertyType) && p.SetMethod is { IsPublic: true })
            .OrderBy(p => p.MetadataToken)
            .Select(p => new SurveyDataFile(EntrySchema.SnakeCase(p.Name) + ".yaml", p)),
    ];

    /// <summary>
    /// The one top-level list whose rows are <paramref name="rowType"/>: its file and YAML key,
    /// so a command that appends rows never types either again.
    /// </summary>
    public static (SurveyDataFile File, string Key) ListOf(Type rowType)
    {
        var found = All
            .SelectMany(file => EntrySchema.For(file.RecordType).Fields.Select(field => (File: file, Field: field)))
            .Where(pair => pair.Field.Property.PropertyType == typeof(IReadOnlyList<>).MakeGenericType(rowType))
            .ToList();
        return found.Count == 1
            ? (found[0].File, found[0].Field.Key)
            : throw new ArgumentException($"{found.Count} survey lists hold {rowType.Name} rows; expected exactly one", nameof(rowType));
    }

    /// <summary>The record the file's top level binds to.</summary>
    public Type RecordType => Property.PropertyType;

    public Entry In(SurveyData data) => (Entry)Property.GetValue(data)!;
}
