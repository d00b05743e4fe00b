using Markdig.Helpers;
using Markdig.Parsers;
using SlmGuide.Data.Diagnostics;

namespace SlmGuide.Site.Markdown.Shortcodes;

/// <summary>
/// Finds <c>{{&lt;</c> inside running text (a paragraph, a heading, a table cell), where no
/// shortcode can stand, so it is reported instead of published as literal braces. Code spans are
/// parsed first, so a shortcode shown in backticks stays as it is.
/// </summary>
public sealed class MisplacedShortcodeParser : InlineParser
{
    public MisplacedShortcodeParser()
    {
        OpeningCharacters = ['{'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (!slice.Match(ShortcodeSyntax.Open))
        {
            return false;
        }

        var start = slice.Start;
        var position = processor.GetSourcePosition(start, out var line, out var column);
        var rest = slice.Text[start..(slice.End + 1)];
        var lineEnd = rest.IndexOf('\n', StringComparison.Ordinal);
        var (call, _) = ShortcodeSyntax.Parse(lineEnd < 0 ? rest : rest[..lineEnd], 0, textMayFollow: true);
        var problem = call is not null && !KnownShortcodes.Names.Contains(call.Name)
            ? KnownShortcodes.Unknown(call) with { Column = column + call.NameColumn }
            : new ShortcodeProblem(
                DiagnosticCodes.MalformedShortcode,
                column,
                "a shortcode inside running text",
                "a shortcode stands alone on its line, with a blank line before and after it");
        processor.Inline = new RefusedShortcodeInline(problem)
        {
            Span = new(position, position + ShortcodeSyntax.Open.Length - 1),
            Line = line,
            Column = column,
        };
        slice.Start += ShortcodeSyntax.Open.Length;
        return true;
    }
}
