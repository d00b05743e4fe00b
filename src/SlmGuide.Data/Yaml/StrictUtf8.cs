using System.Text;
using System.Text.Unicode;
using SlmGuide.Data.Diagnostics;

namespace SlmGuide.Data.Yaml;

/// <summary>
/// Decodes author files as strict UTF-8. A replacement character silently written into the site
/// would hide the mistake, so a bad byte is reported with its line and column instead.
/// </summary>
public static class StrictUtf8
{
    public static string? Decode(string path, ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
    {
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
        }

        if (Utf8.IsValid(bytes))
        {
            return Encoding.UTF8.GetString(bytes);
        }

        diagnostics.Add(Diagnostic.Error(
            DiagnosticCodes.InvalidUtf8,
            LocateFirstInvalidByte(path, bytes),
            "the file is not valid UTF-8",
            "save it with UTF-8 encoding (Shift_JIS and other encodings are not supported)"));
        return null;
    }

    private static SourceLocation LocateFirstInvalidByte(string path, ReadOnlySpan<byte> bytes)
    {
        var line = 1;
        var column = 1;
        while (!bytes.IsEmpty)
        {
            if (Rune.DecodeFromUtf8(bytes, out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                break;
            }

            if (rune.Value == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }

            bytes = bytes[consumed..];
        }

        return new SourceLocation(path, line, column);
    }
}
