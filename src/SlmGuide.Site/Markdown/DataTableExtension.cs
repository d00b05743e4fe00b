using Markdig;
using Markdig.Renderers;

namespace SlmGuide.Site.Markdown;

/// <summary>Adds the table shortcode parser. Rendering needs per-build data, so <see cref="MarkdownRenderer"/> adds the renderer.</summary>
public sealed class DataTableExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<DataTableParser>())
        {
            pipeline.BlockParsers.Insert(0, new DataTableParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
