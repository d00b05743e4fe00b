using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace SlmGuide.Site.Markdown;

/// <summary>
/// Code blocks scroll sideways when a command is longer than the column, and a region that
/// scrolls must be reachable by keyboard (WCAG 2.1.1; axe's scrollable-region-focusable), so
/// every block's <c>&lt;code&gt;</c> (the element that scrolls) gets <c>tabindex="0"</c>.
/// </summary>
public sealed class FocusableCodeExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.BlockParsers.Find<FencedCodeBlockParser>()!.Closed += OnClosed;
        pipeline.BlockParsers.Find<IndentedCodeBlockParser>()!.Closed += OnClosed;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void OnClosed(BlockProcessor processor, Block block)
    {
        if (block is CodeBlock code)
        {
            code.GetAttributes().AddPropertyIfNotExist("tabindex", "0");
        }
    }
}
