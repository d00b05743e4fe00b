using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using SlmGuide.Site.Markdown.Shortcodes;

namespace SlmGuide.Site.Markdown;

/// <summary>
/// The one Markdown pipeline of the site, built once and shared by every page and thread.
/// Heading ids follow GitHub's rule, which keeps Japanese text (<c>## 量子化技術</c> → <c>id="量子化技術"</c>);
/// emphasis follows the CJK-friendly rule, so <c>**「未確認」**という</c> is bold.
/// </summary>
public static class MarkdownRenderer
{
    /// <summary>
    /// How deep blocks and inlines may nest (Markdig's own default, named here because the site
    /// depends on it): every level costs stack frames in the parser, our walkers and the renderer,
    /// so a deeper page is refused with a diagnostic instead of risking the process.
    /// </summary>
    public const int MaxNestingDepth = 128;

    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder { MaximumNestingDepth = MaxNestingDepth }
        .UseCjkFriendlyEmphasis()
        .Use<CjkLineBreakExtension>()
        .UsePipeTables()
        .UseFootnotes()
        .UseAutoLinks()
        .UseTaskLists()
        .UseAlertBlocks(AlertTitles.Write)
        .Use<HeadingIdExtension>()
        .Use<FocusableCodeExtension>()
        .Use<ShortcodeExtension>()
        .Use<AlignmentClassesExtension>()
        .Build();

    public static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline);

    /// <summary>
    /// Parses <paramref name="markdown"/>; false when it nests deeper than <see cref="MaxNestingDepth"/>,
    /// with the zero-based line where the nesting first goes too deep in <paramref name="deepLine"/>.
    /// </summary>
    public static bool TryParse(string markdown, out MarkdownDocument document, out int deepLine)
    {
        deepLine = -1;
        if (ParseWithinDepth(markdown) is { } parsed)
        {
            document = parsed;
            return true;
        }

        // Markdig does not say where it gave up, so find the shortest run of first lines that is
        // too deep: a few more parses, only for a page that is being refused anyway.
        var lines = markdown.Split('\n');
        var (fits, tooDeep) = (0, lines.Length);
        while (tooDeep - fits > 1)
        {
            var middle = fits + ((tooDeep - fits) / 2);
            if (ParseWithinDepth(string.Join('\n', lines, 0, middle)) is null)
            {
                tooDeep = middle;
            }
            else
            {
                fits = middle;
            }
        }

        document = [];
        deepLine = tooDeep - 1;
        return false;
    }

    private static MarkdownDocument? ParseWithinDepth(string markdown)
    {
        try
        {
            return Parse(markdown);
        }
        catch (ArgumentException exception) when (exception.GetType() == typeof(ArgumentException))
        {
            // Markdig's depth limit is a plain ArgumentException; its subclasses mean a bug of ours.
            return null;
        }
    }

    // A renderer with the pipeline set up costs more to build than a small page costs to render,
    // so each thread keeps one between pages. Taken while in use, so a nested render gets its own.
    [ThreadStatic]
    private static PageRenderer? t_idle;

    /// <summary>
    /// Renders a parsed page; placed tables are filled in by <paramref name="tableHtml"/>, and
    /// site-relative links (<c>/models/</c>) are passed through <paramref name="siteLink"/> so they
    /// still work when the site is published under a sub-path.
    /// </summary>
    public static string Render(MarkdownDocument document, Func<DataTableBlock, string> tableHtml, Func<string, string> siteLink)
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
        private Func<DataTableBlock, string>? _tableHtml;
        private Func<string, string>? _siteLink;

        public PageRenderer()
        {
            _renderer = new HtmlRenderer(TextWriter.Null)
            {
                LinkRewriter = url => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? _siteLink!(url) : url,
            };
            Pipeline.Setup(_renderer);
            _renderer.ObjectRenderers.Insert(0, new DataTableRenderer(block => _tableHtml!(block)));
            _renderer.ObjectRenderers.Insert(0, new FigureRenderer());
        }

        public string Render(MarkdownDocument document, Func<DataTableBlock, string> tableHtml, Func<string, string> siteLink)
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
