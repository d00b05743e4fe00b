using System.Text.Json;
using System.Text.RegularExpressions;

namespace SlmGuide.Data.Bench;

/// <summary>
/// System.Text.Json's messages in the words of the file: the position goes into the diagnostic's
/// location instead of the text, and .NET type names become the JSON kinds an author writes.
/// </summary>
internal static partial class JsonReasons
{
    public static string Describe(JsonException exception)
    {
        var message = exception.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal) is var p and >= 0 ? p : message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        message = (cut >= 0 ? message[..cut] : message).Trim();
        var field = exception.Path is { Length: > 2 } path ? path[2..] : null;
        if (MissingFields().Match(message) is { Success: true } missing)
        {
            var names = missing.Groups["fields"].Value.Split(',', StringSplitOptions.TrimEntries).Select(f => $"`{f.Trim('\'')}`").ToList();
            var fields = (names.Count == 1 ? "required field " : "required fields ") + string.Join(", ", names);
            return field is null ? $"missing {fields}" : $"`{field}` is missing {fields}";
        }

        if (Conversion().Match(message) is { Success: true } conversion && field is not null)
        {
            return $"`{field}` must be {Kind(conversion.Groups["type"].Value)}";
        }

        var described = TypeName().Replace(message, match => Kind(match.Value));
        return field is null ? described : $"{described} (at `{field}`)";
    }

    private static string Kind(string typeName) => typeName switch
    {
        "System.String" => "text",
        "System.Boolean" => "true or false",
        "System.Int32" or "System.Int64" or "System.UInt64" => "a whole number",
        "System.Double" => "a number",
        _ when typeName.StartsWith("System.Collections", StringComparison.Ordinal) || typeName.Contains("List", StringComparison.Ordinal) => "a list",
        _ => "an object",
    };

    [GeneratedRegex("could not be converted to (?<type>[^ ]+?)\\.?$")]
    private static partial Regex Conversion();

    [GeneratedRegex("missing required properties including: (?<fields>.+?)\\.?$")]
    private static partial Regex MissingFields();

    [GeneratedRegex("(System\\.[A-Za-z0-9]+(?:`\\d\\[[^\\]]*\\])?|SlmGuide\\.[A-Za-z0-9.]+)")]
    private static partial Regex TypeName();
}
