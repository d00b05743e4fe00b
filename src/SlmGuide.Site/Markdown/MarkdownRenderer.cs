using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace SlmGuide.Site.Markdown;

/// <summary>
/// The one Markdown pipeline of the site, built once and shared by every page and thread.
/// Heading ids follow GitHub's rule, which keeps Japanese text (<c>## 量子化技術</c> → <c>id="量子化技術"</c>).
/// </summary>
public static class MarkdownRenderer
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseFootnotes()
        .UseAutoLinks()
        .UseTaskLists()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .Use<DataTableExtension>()
        .Build();

    public static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline);

    /// <summary>
    /// Renders a parsed page; placed tables are filled in by <paramref name="tableHtml"/>, and
    /// site-relative links (<c>/models/</c>) are passed through <paramref name="siteLink"/> so they
    /// still work when the site is published under a sub-path.
    /// </summary>
    public static string Render(MarkdownDocument document, Func<string, string> tableHtml, Func<string, string> siteLink)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer)
        {
            LinkRewriter = url => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? siteLink(url) : url,
        };
        Pipeline.Setup(renderer);
        renderer.ObjectRenderers.Insert(0, new DataTableRenderer(tableHtml));
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }
}
