using SlmGuide.Data.Binding;

namespace SlmGuide.Data.Scaffolding;

/// <summary>
/// A new, empty entry of a record type as YAML lines: every key the binder knows, each with a
/// comment saying what goes there. Required keys get a placeholder value that `slmguide check`
/// flags until it is replaced; optional keys are written commented out. Made from the record
/// itself, so the scaffold can never fall behind the schema.
/// </summary>
public static class EntryScaffold
{
    /// <summary>The lines of a mapping; <paramref name="given"/> fills keys whose value is already known (the id).</summary>
    public static IReadOnlyList<string> Lines(Type recordType, IReadOnlyDictionary<string, string> given)
    {
        // A row's id and its draft mark lead, then the record's own keys, then those every row
        // shares (source, checked), as in the entries the authors wrote.
        var schema = EntrySchema.For(recordType);
        var hasId = schema.ByKey.ContainsKey("id");
        var fields = schema.Fields
            .OrderBy(f => f.Key switch { "id" => 0, "draft" when hasId => 1, _ => f.Property.DeclaringType == recordType ? 2 : 3 })
            .ToList();
        var lines = new List<string>();
        foreach (var field in fields)
        {
            var type = Nullable.GetUnderlyingType(field.Property.PropertyType) ?? field.Property.PropertyType;
            var label = field.Label ?? field.Key;
            var value = given.TryGetValue(field.Key, out var known) ? known : Placeholder(type, label);
            var note = $"{label}（{(field.IsRequired || field.Key == "id" ? "必須" : "任意")}）{Hint(type)}";
            var line = $"{field.Key}: {value}";
            lines.Add(field.IsRequired || given.ContainsKey(field.Key) ? $"{line}  # {note}" : $"# {line}  # {note}");
        }

        return lines;
    }

    private static string Placeholder(Type type, string label) => type switch
    {
        _ when type == typeof(DateOnly) => "YYYY-MM-DD",
        _ when type == typeof(bool) => "true",
        _ when BindableTypes.IsList(type) => "[]",
        _ when type == typeof(Uri) => label.EndsWith("URL", StringComparison.Ordinal) ? $"\"[{label}を記入]\"" : $"\"[{label}のURLを記入]\"",
        _ when BindableTypes.IsRef(type) => $"\"[{label}のidを記入]\"",
        _ => $"\"[{label}を記入]\"",
    };

    private static string Hint(Type type) => type switch
    {
        _ when type == typeof(DateOnly) => ": 日付（例 2025-05-22）",
        _ when type == typeof(bool) => ": true または false",
        _ when type == typeof(int) || type == typeof(long) => ": 整数",
        _ when type == typeof(double) => ": 数値",
        _ when type == typeof(Uri) => ": https:// で始まるURL",
        _ when type.IsEnum => $": {string.Join(" / ", EnumLabels.LabelsOf(type))}",
        _ when BindableTypes.IsRef(type) => $": {type.GetGenericArguments()[0].Name} の id",
        _ when BindableTypes.IsList(type) => $": リスト [a, b]{(BindableTypes.IsRef(type.GetGenericArguments()[0]) ? $"（{type.GetGenericArguments()[0].GetGenericArguments()[0].Name} の id）" : string.Empty)}",
        _ => string.Empty,
    };
}
