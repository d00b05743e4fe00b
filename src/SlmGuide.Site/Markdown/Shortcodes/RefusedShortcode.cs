using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SlmGuide.Site.Markdown.Shortcodes;

/// <summary>A shortcode line that was refused; it renders nothing, and the validate stage reports its problem.</summary>
public sealed class RefusedShortcodeBlock(BlockParser parser, ShortcodeProblem problem) : LeafBlock(parser)
{
    public ShortcodeProblem Problem { get; } = problem;
}

/// <summary>A shortcode inside running text, where none can stand; its braces stay as text, and its problem is reported.</summary>
public sealed class RefusedShortcodeInline(ShortcodeProblem problem) : LiteralInline(ShortcodeSyntax.Open)
{
    public ShortcodeProblem Problem { get; } = problem;
}
