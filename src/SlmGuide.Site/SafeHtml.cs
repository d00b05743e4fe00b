using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SlmGuide.Site;

/// <summary>
/// HTML that may be printed as it is: text that went through <see cref="Html.Escape"/>, or markup
/// the generator made itself. Templates print what the views hold without escaping, so every
/// printable member of a view has this type and a raw string from the data cannot reach a page
/// by mistake: it has to say which of the two it is.
/// </summary>
[JsonConverter(typeof(SafeHtmlJsonConverter))]
public sealed class SafeHtml : IEquatable<SafeHtml>
{
    // Escapes only what JSON needs; JsonInScript adds what a script element needs.
    private static readonly JsonSerializerOptions ReadableJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private SafeHtml(string value) => Value = value;

    public static SafeHtml Empty { get; } = new(string.Empty);

    public string Value { get; }

    /// <summary>Text from the data, the content or the configuration: every markup character becomes an entity.</summary>
    public static SafeHtml Escape(string? text) => new(Html.Escape(text));

    /// <summary>Markup the generator made: a rendered template, Markdig's output, or HTML built from escaped parts.</summary>
    public static SafeHtml Generated(string html) => new(html);

    /// <summary>
    /// A value as JSON for the inside of a <c>&lt;script&gt;</c> element, such as JSON-LD. The HTML
    /// parser ends a script at the first <c>&lt;/script</c> whatever JSON thinks, so <c>&lt;</c>,
    /// <c>&gt;</c> and <c>&amp;</c> are written as <c>\u</c> escapes, which read back as the same
    /// characters; so are U+2028 and U+2029, which older JavaScript does not allow in a string.
    /// Those characters occur only inside JSON strings, so the escapes keep the JSON valid.
    /// Japanese text stays readable.
    /// </summary>
    public static SafeHtml JsonInScript<T>(T value)
    {
        var json = JsonSerializer.Serialize(value, ReadableJson);
        var escaped = new StringBuilder(json.Length);
        foreach (var c in json)
        {
            var replacement = c switch
            {
                '<' => "\\u003C",
                '>' => "\\u003E",
                '&' => "\\u0026",
                '\u2028' => "\\u2028",
                '\u2029' => "\\u2029",
                _ => null,
            };
            if (replacement is null)
            {
                escaped.Append(c);
            }
            else
            {
                escaped.Append(replacement);
            }
        }

        return new(escaped.ToString());
    }

    /// <summary>What Scriban prints.</summary>
    public override string ToString() => Value;

    public bool Equals(SafeHtml? other) => other is not null && Value == other.Value;

    public override bool Equals(object? obj) => Equals(obj as SafeHtml);

    public override int GetHashCode() => Value.GetHashCode(StringComparison.Ordinal);

    // The live preview compares views by their JSON; the HTML is all there is to compare.
    private sealed class SafeHtmlJsonConverter : JsonConverter<SafeHtml>
    {
        public override SafeHtml Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Generated(reader.GetString() ?? string.Empty);

        public override void Write(Utf8JsonWriter writer, SafeHtml value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.Value);
    }
}
