using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace SlmGuide.Site.Markdown;

/// <summary>
/// Heading ids by GitHub's rule (<c>## 量子化技術</c> → <c>id="量子化技術"</c>; a repeated heading
/// gets <c>-1</c>, <c>-2</c>, …), the same ids Markdig's auto-identifiers give. Markdig probes
/// every suffix from 1 again for each repeat, which is quadratic in the number of equal headings
/// (100,000 of them did not finish in a minute); here each base id remembers the last suffix it
/// took. Suffixes below it were all taken then and ids are never released, so the first free one
/// is the same, found in linear time.
/// </summary>
public sealed class HeadingIdExtension : IMarkdownExtension
{
    private static readonly object DocumentKey = new();

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // ATX headings close in their own parser, setext headings in the paragraph parser.
        pipeline.BlockParsers.Find<HeadingBlockParser>()!.Closed += OnClosed;
        pipeline.BlockParsers.FindExact<ParagraphBlockParser>()!.Closed += OnClosed;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void OnClosed(BlockProcessor processor, Block block)
    {
        if (block is HeadingBlock heading)
        {
            // The text is known only once the heading's inlines are parsed.
            heading.ProcessInlinesEnd += (inlines, _) => AssignId(inlines.Document, heading);
        }
    }

    private static void AssignId(MarkdownDocument document, HeadingBlock heading)
    {
        var attributes = heading.GetAttributes();
        if (heading.Inline is null || attributes.Id is not null)
        {
            return;
        }

        if (document.GetData(DocumentKey) is not UsedIds used)
        {
            used = new UsedIds();
            document.SetData(DocumentKey, used);
        }

        var slug = LinkHelper.UrilizeAsGfm(PlainText.Of(heading));
        attributes.Id = used.Claim(slug.Length == 0 ? "section" : slug);
    }

    private sealed class UsedIds
    {
        private readonly HashSet<string> _taken = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _lastSuffix = new(StringComparer.Ordinal);

        public string Claim(string id)
        {
            if (_taken.Add(id))
            {
                return id;
            }

            var suffix = _lastSuffix.GetValueOrDefault(id);
            string candidate;
            do
            {
                suffix++;
                candidate = $"{id}-{suffix}";
            }
            while (!_taken.Add(candidate));

            _lastSuffix[id] = suffix;
            return candidate;
        }
    }

    /// <summary>A heading's text as a reader sees it: no tags, no escaping, links reduced to their text.</summary>
    private static class PlainText
    {
        [ThreadStatic]
        private static (HtmlRenderer Renderer, StringWriter Writer)? t_idle;

        public static string Of(HeadingBlock heading)
        {
            var (renderer, writer) = t_idle ?? Create();
            t_idle = null;
            renderer.Render(heading.Inline!);
            var text = writer.ToString();
            writer.GetStringBuilder().Clear();
            t_idle = (renderer, writer);
            return text;
        }

        private static (HtmlRenderer, StringWriter) Create()
        {
            var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            return (new HtmlRenderer(writer) { EnableHtmlForInline = false, EnableHtmlEscape = false }, writer);
        }
    }
}
