using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;

namespace SlmGuide.Site.Markdown;

/// <summary>
/// Renders pipe tables with alignment (<c>|---:|</c>) as classes instead of Markdig's inline
/// <c>style="text-align: …"</c>, which the pages' Content-Security-Policy (<c>style-src 'self'</c>)
/// would block. The theme styles <c>.align-left</c>, <c>.align-center</c> and <c>.align-right</c>.
/// </summary>
public sealed class AlignmentClassesExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<HtmlTableRenderer>(new ClassAlignedTableRenderer());
        }
    }
}
