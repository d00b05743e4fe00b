using SlmGuide.Data.Diagnostics;

namespace SlmGuide.Site.Markdown.Shortcodes;

/// <summary>
/// Reads one line that starts a shortcode. The grammar is Hugo's, kept small: a name, then quoted
/// values and <c>key="value"</c> pairs, closed by <c>&gt;}}</c> on the same line. Anything else is a
/// problem at its column, never literal braces on the published page.
/// </summary>
public static class ShortcodeSyntax
{
    public const string Open = "{{<";
    public const string Close = ">}}";

    /// <summary>
    /// Parses <paramref name="line"/> from <paramref name="start"/>, where <see cref="Open"/> begins;
    /// text after the call is refused unless <paramref name="textMayFollow"/> (the call is then read
    /// only to name it in a diagnostic).
    /// </summary>
    public static (ShortcodeCall? Call, ShortcodeProblem? Problem) Parse(string line, int start, bool textMayFollow = false)
    {
        var reader = new Reader(line, start + Open.Length);
        reader.SkipSpaces();
        var nameColumn = reader.Position;
        var name = reader.Word();
        if (name.Length == 0)
        {
            return (null, reader.AtEnd || reader.StartsWith(Close)
                ? Malformed(start, "the shortcode has no name", $"write its name after `{Open}`, for example `{{{{< table \"models\" >}}}}`")
                : Unexpected(reader));
        }

        var positional = new List<ShortcodeValue>();
        var named = new List<ShortcodeArgument>();
        while (true)
        {
            var hadSpace = reader.SkipSpaces();
            if (reader.StartsWith(Close))
            {
                reader.Advance(Close.Length);
                reader.SkipSpaces();
                return reader.AtEnd || textMayFollow
                    ? (new ShortcodeCall(name, nameColumn, positional, named), null)
                    : (null, Malformed(reader.Position, "text after the shortcode on its line", $"a shortcode stands alone on its line: move the text after `{Close}` to a line of its own"));
            }

            if (reader.AtEnd)
            {
                return (null, Malformed(start, $"the shortcode is not closed with `{Close}` on its line", $"end it with `{Close}` on the same line"));
            }

            if (!hadSpace)
            {
                return (null, Unexpected(reader));
            }

            var column = reader.Position;
            if (reader.Peek == '"')
            {
                if (Quoted(ref reader) is not { } value)
                {
                    return (null, Unclosed(column));
                }

                positional.Add(value);
                continue;
            }

            var key = reader.Word();
            if (key.Length == 0)
            {
                return (null, Unexpected(reader));
            }

            if (reader.Peek != '=')
            {
                return (null, Malformed(column, $"`{key}` is not quoted", $"write values in double quotes: `\"{key}\"`, or `{key}=\"…\"` for a named value"));
            }

            reader.Advance(1);
            var valueColumn = reader.Position;
            if (reader.Peek != '"')
            {
                return (null, Unexpected(reader));
            }

            if (Quoted(ref reader) is not { } named1)
            {
                return (null, Unclosed(valueColumn));
            }

            named.Add(new ShortcodeArgument(key, named1, column));
        }
    }

    private static ShortcodeValue? Quoted(ref Reader reader)
    {
        var column = reader.Position;
        reader.Advance(1);
        var end = reader.IndexOf('"');
        if (end < 0)
        {
            return null;
        }

        var text = reader.Take(end - reader.Position);
        reader.Advance(1);
        return new ShortcodeValue(text, column);
    }

    private static ShortcodeProblem Unexpected(Reader reader) => reader.Peek switch
    {
        '\'' or '‘' or '’' or '“' or '”' => Malformed(reader.Position, "a value in single or typographic quotes", "write values in plain double quotes: \"phases\""),
        _ => Malformed(reader.Position, $"unexpected `{reader.Peek}` in the shortcode", $"a shortcode is `{{{{< name \"value\" key=\"value\" >}}}}`"),
    };

    private static ShortcodeProblem Unclosed(int column) =>
        Malformed(column, "the quoted value is not closed", "end the value with a double quote (\") before `>}}`");

    private static ShortcodeProblem Malformed(int column, string message, string hint) =>
        new(DiagnosticCodes.MalformedShortcode, column, message, hint);

    /// <summary>A cursor over the line; words are letters, digits, <c>-</c> and <c>_</c>.</summary>
    private struct Reader(string line, int position)
    {
        public int Position { get; private set; } = position;

        public readonly bool AtEnd => Position >= line.Length;

        public readonly char Peek => AtEnd ? '\0' : line[Position];

        public readonly bool StartsWith(string text) => string.CompareOrdinal(line, Position, text, 0, text.Length) == 0;

        public readonly int IndexOf(char c) => line.IndexOf(c, Position);

        public void Advance(int count) => Position += count;

        public string Take(int count)
        {
            var text = line.Substring(Position, count);
            Position += count;
            return text;
        }

        public bool SkipSpaces()
        {
            var from = Position;
            while (!AtEnd && char.IsWhiteSpace(line[Position]))
            {
                Position++;
            }

            return Position > from;
        }

        public string Word()
        {
            var from = Position;
            while (!AtEnd && (char.IsAsciiLetterOrDigit(line[Position]) || line[Position] is '-' or '_'))
            {
                Position++;
            }

            return line[from..Position];
        }
    }
}
