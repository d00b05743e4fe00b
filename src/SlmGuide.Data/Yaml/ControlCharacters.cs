using System.Globalization;
using SlmGuide.Data.Diagnostics;

namespace SlmGuide.Data.Yaml;

/// <summary>
/// The characters no text of the site may hold: C0 controls other than tab, line feed and carriage
/// return, DEL and the C1 controls, the noncharacters U+FFFE and U+FFFF, and surrogates without
/// their pair. None of them shows on a page, HTML and XML forbid most of them, and a feed or CSV
/// holding one breaks its reader; so one is an error where it was written, not published.
/// </summary>
public static class ControlCharacters
{
    /// <summary>The index of the first forbidden character of <paramref name="text"/>, or -1.</summary>
    public static int IndexOfFirst(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (IsForbidden(c))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Reports the first forbidden character of a whole file's text at its line and column; false when there was one.</summary>
    public static bool CheckText(string path, string text, DiagnosticBag diagnostics, int firstLine = 1)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var index = IndexOfFirst(text);
        if (index < 0)
        {
            return true;
        }

        var lineStart = text.LastIndexOf('\n', Math.Max(index - 1, 0)) + 1;
        var line = firstLine;
        for (var i = 0; i < lineStart; i++)
        {
            line += text[i] == '\n' ? 1 : 0;
        }

        diagnostics.Add(Error(new SourceLocation(path, line, index - lineStart + 1), text[index]));
        return false;
    }

    /// <summary>The diagnostic for <paramref name="character"/> found at <paramref name="location"/>.</summary>
    public static Diagnostic Error(SourceLocation location, char character) => Diagnostic.Error(
        DiagnosticCodes.ControlCharacter,
        location,
        $"the text holds the invisible character U+{((int)character).ToString("X4", CultureInfo.InvariantCulture)}, which a page, feed or CSV cannot carry",
        "delete it; an editor that shows invisible characters helps, and in a quoted YAML value look for `\\x`, `\\u` and `\\0` escapes");

    private static bool IsForbidden(char c) =>
        (c < ' ' && c is not ('\t' or '\n' or '\r'))
        || c is >= '\u007F' and <= '\u009F'
        || c is '\uFFFE' or '\uFFFF'
        || char.IsSurrogate(c);
}
