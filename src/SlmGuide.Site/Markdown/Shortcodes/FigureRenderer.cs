using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SlmGuide.Site.Markdown.Shortcodes;

/// <summary>Writes a figure as <c>&lt;figure&gt;</c> with its image and caption; a path from the site's root goes through the renderer's link rewriter, as links do.</summary>
public sealed class FigureRenderer : HtmlObjectRenderer<FigureBlock>
{
    protected override void Write(HtmlRenderer renderer, FigureBlock block)
    {
        var source = renderer.LinkRewriter?.Invoke(block.Source) ?? block.Source;
        renderer.Write("<figure class=\"figure\"><img src=\"").WriteEscapeUrl(source).Write("\" alt=\"").WriteEscape(block.Alt).Write('"');
        if (block.Width is { } width)
        {
            renderer.Write(" width=\"").Write(width.ToString(System.Globalization.CultureInfo.InvariantCulture)).Write('"');
        }

        renderer.Write(" loading=\"lazy\" decoding=\"async\">");
        if (block.Caption is { Length: > 0 } caption)
        {
            renderer.Write("<figcaption>").WriteEscape(caption).Write("</figcaption>");
        }

        renderer.Write("</figure>").EnsureLine();
    }
}
