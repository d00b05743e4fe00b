using Markdig.Parsers;
using Markdig.Syntax;

namespace SlmGuide.Site.Markdown.Shortcodes;

/// <summary>A placed figure: the Markdown line <c>{{&lt; figure src="…" alt="…" &gt;}}</c>.</summary>
public sealed class FigureBlock(BlockParser parser, string source, int sourceColumn, string alt, string? caption, int? width) : LeafBlock(parser)
{
    /// <summary>The image as written: relative to the page's address, or from the site's root.</summary>
    public string Source { get; } = source;

    /// <summary>The zero-based column of the <c>src</c> value within the shortcode's line, for a broken-link report.</summary>
    public int SourceColumn { get; } = sourceColumn;

    public string Alt { get; } = alt;

    public string? Caption { get; } = caption;

    /// <summary>The largest width in CSS pixels; the image still shrinks to fit a narrow screen.</summary>
    public int? Width { get; } = width;
}
