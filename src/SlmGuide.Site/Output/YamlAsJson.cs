using System.Globalization;
using System.Text.Json;
using SlmGuide.Data.Yaml;

namespace SlmGuide.Site.Output;

/// <summary>
/// A data file's YAML tree as JSON, keys in file order so the output only changes when the data
/// does. Unquoted numbers and booleans become JSON numbers and booleans, as YAML reads them.
/// </summary>
public static class YamlAsJson
{
    public static void Write(Utf8JsonWriter json, YamlNode node)
    {
        switch (node)
        {
            case YamlMapping mapping:
                json.WriteStartObject();
                foreach (var entry in mapping.Entries)
                {
                    json.WritePropertyName(entry.Key.Value);
                    Write(json, entry.Value);
                }

                json.WriteEndObject();
                break;
            case YamlSequence sequence:
                json.WriteStartArray();
                foreach (var item in sequence.Items)
                {
                    Write(json, item);
                }

                json.WriteEndArray();
                break;
            case YamlScalar scalar:
                WriteScalar(json, scalar);
                break;
        }
    }

    private static void WriteScalar(Utf8JsonWriter json, YamlScalar scalar)
    {
        if (scalar.IsNull)
        {
            json.WriteNullValue();
        }
        else if (scalar.IsPlain && scalar.Value is "true" or "false")
        {
            json.WriteBooleanValue(scalar.Value == "true");
        }
        else if (scalar.IsPlain && decimal.TryParse(scalar.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            json.WriteNumberValue(number);
        }
        else
        {
            json.WriteStringValue(scalar.Value);
        }
    }
}
