using System.Globalization;
using System.Text.Json;
using YamlDotNet.RepresentationModel;

namespace SlmGuide.Cli.Tests.ReadmeExamples;

/// <summary>The rows of a data file as the build publishes them whole, in <c>/data/&lt;file&gt;.json</c>.</summary>
internal static class PublishedData
{
    public static Expectation Row(string path, string list, YamlMappingNode row) =>
        new($"the {list} row {Name(row)} in {Json(path)}", output => AnyRow(output, path, list, published => Holds(published, row)));

    public static Expectation PartOfRow(string path, string list, string id, YamlMappingNode part) =>
        new($"what it adds to the {list} row {id} in {Json(path)}", output => AnyRow(output, path, list, published =>
            published.TryGetProperty("id", out var value) && value.ValueKind == JsonValueKind.String && value.GetString() == id && Holds(published, part)));

    private static string Json(string path) => $"data/{Path.GetFileNameWithoutExtension(path)}.json";

    private static string Name(YamlMappingNode row) =>
        row.Children.Values.OfType<YamlScalarNode>().FirstOrDefault()?.Value ?? "(no scalar)";

    private static bool AnyRow(string output, string path, string list, Func<JsonElement, bool> matches)
    {
        var file = Path.Combine(output, Json(path));
        if (!File.Exists(file))
        {
            return false;
        }

        using var published = JsonDocument.Parse(File.ReadAllText(file));
        return published.RootElement.TryGetProperty(list, out var rows) && rows.EnumerateArray().Any(matches);
    }

    // Every key the example writes, with the same value; the build may publish more.
    private static bool Holds(JsonElement published, YamlNode written) => written switch
    {
        YamlMappingNode mapping => published.ValueKind == JsonValueKind.Object && mapping.Children.All(pair =>
            published.TryGetProperty(((YamlScalarNode)pair.Key).Value!, out var value) && Holds(value, pair.Value)),
        YamlSequenceNode sequence => published.ValueKind == JsonValueKind.Array && published.GetArrayLength() == sequence.Children.Count
            && published.EnumerateArray().Zip(sequence.Children).All(pair => Holds(pair.First, pair.Second)),
        YamlScalarNode scalar => published.ValueKind switch
        {
            JsonValueKind.String => published.GetString() == scalar.Value,
            JsonValueKind.Number => decimal.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && published.GetDecimal() == number,
            JsonValueKind.True => scalar.Value == "true",
            JsonValueKind.False => scalar.Value == "false",
            _ => false,
        },
        _ => false,
    };
}
