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
    private SafeHtml(string value) => Value = value;

    public static SafeHtml Empty { get; } = new(string.Empty);

    public string Value { get; }

    /// <summary>Text from the data, the content or the configuration: every markup character becomes an entity.</summary>
    public static SafeHtml Escape(string? text) => new(Html.Escape(text));

    /// <summary>Markup the generator made: a rendered template, Markdig's output, or HTML built from escaped parts.</summary>
    public static SafeHtml Generated(string html) => new(html);

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
