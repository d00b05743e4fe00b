using System.Text.Json;

namespace SlmGuide.Data.Bench;

/// <summary>
/// What JSON's grammar allows but no reader can keep: a key written twice in one object (readers
/// resolve it differently, and a rewrite loses one value) and a <c>\u</c> escape that is half of a
/// surrogate pair (no character; System.Text.Json throws only when the text is read).
/// </summary>
internal static class UnreadableJsonText
{
    /// <summary>The first such place in a document already known to be valid JSON, or null.</summary>
    public static (long Offset, string Problem)? First(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        var open = new Stack<HashSet<string>>();
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    open.Push(new HashSet<string>(StringComparer.Ordinal));
                    break;
                case JsonTokenType.EndObject:
                    open.Pop();
                    break;
                case JsonTokenType.PropertyName or JsonTokenType.String:
                    if (TextOf(ref reader) is not { } text)
                    {
                        return (reader.TokenStartIndex, "a text holds a `\\u` escape that is no character (half of a surrogate pair)");
                    }

                    if (reader.TokenType == JsonTokenType.PropertyName && !open.Peek().Add(text))
                    {
                        return (reader.TokenStartIndex, $"the key `{text}` appears twice in one object");
                    }

                    break;
            }
        }

        return null;
    }

    private static string? TextOf(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
