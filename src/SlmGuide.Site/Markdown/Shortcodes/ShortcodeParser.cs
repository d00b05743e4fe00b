using Markdig.Parsers;
using Markdig.Syntax;

namespace SlmGuide.Site.Markdown.Shortcodes;

/// <summary>
/// Recognises a shortcode on a line of its own. The Hugo-like form is familiar to authors, and on
/// GitHub it shows as plain text rather than breaking the page. Every line that opens with
/// <c>{{&lt;</c> becomes either the shortcode's block or a refused one that is reported.
/// </summary>
public sealed class ShortcodeParser : BlockParser
{
    public ShortcodeParser()
    {
        OpeningCharacters = ['{'];
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent || !processor.Line.Match(ShortcodeSyntax.Open))
        {
            return BlockState.None;
        }

        var (call, problem) = ShortcodeSyntax.Parse(processor.Line.ToString(), 0);
        var (block, refusal) = call is null ? (null, problem) : KnownShortcodes.Bind(this, call);
        block ??= new RefusedShortcodeBlock(this, Shifted(refusal!, processor.Column));
        block.Line = processor.LineIndex;
        block.Column = processor.Column;
        block.Span = new SourceSpan(processor.Start, processor.Line.End);
        processor.NewBlocks.Push(block);
        return BlockState.BreakDiscard;
    }

    private static ShortcodeProblem Shifted(ShortcodeProblem problem, int column) => problem with { Column = problem.Column + column };
}
