using System.Text.RegularExpressions;
using Markdig.Parsers;

namespace SlmGuide.Site.Markdown;

/// <summary>
/// Recognises a table shortcode on a line of its own. The Hugo-like form is familiar to authors,
/// and on GitHub it shows as plain text rather than breaking the page.
/// </summary>
public sealed partial class DataTableParser : BlockParser
{
    public DataTableParser()
    {
        OpeningCharacters = ['{'];
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        var match = Shortcode().Match(processor.Line.ToString());
        if (!match.Success)
        {
            return BlockState.None;
        }

        processor.NewBlocks.Push(new DataTableBlock(this, match.Groups["id"].Value)
        {
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new Markdig.Syntax.SourceSpan(processor.Start, processor.Line.End),
        });
        return BlockState.BreakDiscard;
    }

    [GeneratedRegex("""^\{\{<\s*table\s+"(?<id>[^"]+)"\s*>\}\}\s*$""")]
    private static partial Regex Shortcode();
}
