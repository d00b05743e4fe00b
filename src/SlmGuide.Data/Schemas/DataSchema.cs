using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using SlmGuide.Data.Binding;

namespace SlmGuide.Data.Schemas;

/// <summary>
/// JSON Schemas for the data files, made by .NET's own exporter from the very records the YAML
/// binder fills. The serializer contract is bent to the binder's rules first (its keys, its
/// required members, no unknown keys), and the exporter's output is adjusted only where YAML
/// values differ from JSON ones: enums are written as their Japanese labels, references as ids.
/// Editors use the schemas to complete and check keys while the author types.
/// </summary>
public static class DataSchema
{
    private static readonly JsonSerializerOptions Contract = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { AsTheBinderSees } },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
    };

    private static readonly JsonSerializerOptions Output = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The schema of a data file whose top-level mapping binds to <paramref name="recordType"/>, as indented JSON text.</summary>
    public static string For(Type recordType, string title)
    {
        var schema = JsonSchemaExporter.GetJsonSchemaAsNode(Contract, recordType, new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = ForYaml,
        });
        var document = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = title,
        };
        foreach (var (key, value) in schema.AsObject().ToList())
        {
            schema.AsObject().Remove(key);
            document[key] = value;
        }

        return document.ToJsonString(Output).ReplaceLineEndings("\n") + "\n";
    }

    // Keeps exactly the keys the binder reads, under its names, with its idea of "required".
    private static void AsTheBinderSees(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object || !typeof(Entry).IsAssignableFrom(typeInfo.Type))
        {
            return;
        }

        var fields = EntrySchema.For(typeInfo.Type).Fields.ToDictionary(f => f.Property.Name, StringComparer.Ordinal);
        foreach (var property in typeInfo.Properties.ToList())
        {
            if (property.AttributeProvider is not System.Reflection.PropertyInfo info || !fields.TryGetValue(info.Name, out var field))
            {
                typeInfo.Properties.Remove(property);
                continue;
            }

            property.Name = field.Key;
            property.IsRequired = field.IsRequired;
        }
    }

    private static JsonNode ForYaml(JsonSchemaExporterContext context, JsonNode schema)
    {
        var type = Nullable.GetUnderlyingType(context.TypeInfo.Type) ?? context.TypeInfo.Type;
        var node = type switch
        {
            _ when type.IsEnum => new JsonObject { ["enum"] = new JsonArray([.. EnumLabels.LabelsOf(type).Select(label => (JsonNode)label)]) },
            _ when BindableTypes.IsRef(type) => new JsonObject
            {
                ["type"] = "string",
                ["description"] = $"the id of an entry ({type.GetGenericArguments()[0].Name})",
            },
            _ when type == typeof(Uri) => new JsonObject { ["type"] = "string", ["format"] = "uri", ["pattern"] = "^https?://" },
            _ => schema,
        };

        // The Japanese column heading is what authors know the key by; editors show it on hover.
        if (context.PropertyInfo?.AttributeProvider is System.Reflection.PropertyInfo property
            && property.GetCustomAttributes(typeof(LabelAttribute), inherit: true).FirstOrDefault() is LabelAttribute label
            && node is JsonObject described
            && !described.ContainsKey("description"))
        {
            described.Insert(0, "description", label.Text);
        }

        return node;
    }
}
