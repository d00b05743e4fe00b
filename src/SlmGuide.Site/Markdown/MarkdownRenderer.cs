using System.Text;
using Markdig;
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
        .Use<HeadingIdExtension>()
        .Use<DataTableExtension>()
        .Use<AlignmentClassesExtension>()
        .Build();

    public static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline);

    // A renderer with the pipeline set up costs more to build than a small page costs to render,
    // so each thread keeps one between pages. Taken while in use, so a nested render gets its own.
    [ThreadStatic]
    private static PageRenderer? t_idle;

    /// <summary>
    /// Renders a parsed page; placed tables are filled in by <paramref name="tableHtml"/>, and
    /// site-relative links (<c>/models/</c>) are passed through <paramref name="siteLink"/> so they
    /// still work when the site is published under a sub-path.
    /// </summary>
    public static string Render(MarkdownDocument document, Func<string, string> tableHtml, Func<string, string> siteLink)
    {
        var renderer = t_idle ?? new PageRenderer();
        t_idle = null;
        var html = renderer.Render(document, tableHtml, siteLink);

        // Only a render that finished hands its renderer back: one that threw may have left it mid-page.
        t_idle = renderer;
        return html;
    }

    private sealed class PageRenderer
    {
        private readonly StringBuilder _html = new();
        private readonly HtmlRenderer _renderer;
        private Func<string, string>? _tableHtml;
        private Func<string, string>? _siteLink;

        public PageRenderer()
        {
            _renderer = new HtmlRenderer(TextWriter.Null)
            {
                LinkRewriter = url => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? _siteLink!(url) : url,
            };
            Pipeline.Setup(_renderer);
            _renderer.ObjectRenderers.Insert(0, new DataTableRenderer(id => _tableHtml!(id)));
        }

        public string Render(MarkdownDocument document, Func<string, string> tableHtml, Func<string, string> siteLink)
        {
            _tableHtml = tableHtml;
            _siteLink = siteLink;
            using var writer = new StringWriter(_html.Clear());
            _renderer.Writer = writer;
            _renderer.Render(document);
            writer.Flush();
            var html = _html.ToString();
            _html.Clear();
            _renderer.Writer = TextWriter.Null;
            _tableHtml = null;
            _siteLink = null;
            return html;
        }
    }
}
