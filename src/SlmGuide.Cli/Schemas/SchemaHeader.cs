using System.Text;

namespace SlmGuide.Cli.Schemas;

/// <summary>
/// The `# yaml-language-server: $schema=…` first line of a data file. Only that line is ever
/// touched: the rest of the file, comments and line endings included, stays byte for byte.
/// </summary>
internal static class SchemaHeader
{
    private const string Marker = "# yaml-language-server:";

    /// <summary>The file's text with the header in place, or null when it is already right.</summary>
    public static string? Fix(string text, string header)
    {
        var hasBom = text.StartsWith('\uFEFF');
        var body = hasBom ? text[1..] : text;
        var newline = body.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var firstLineEnd = body.IndexOf('\n', StringComparison.Ordinal);
        var firstLine = (firstLineEnd < 0 ? body : body[..firstLineEnd]).TrimEnd('\r');
        if (firstLine == header)
        {
            return null;
        }

        var rest = firstLine.StartsWith(Marker, StringComparison.Ordinal)
            ? (firstLineEnd < 0 ? string.Empty : body[(firstLineEnd + 1)..])
            : body;
        var fixedText = new StringBuilder();
        if (hasBom)
        {
            fixedText.Append('\uFEFF');
        }

        return fixedText.Append(header).Append(newline).Append(rest).ToString();
    }
}
