using Markdig;
using Markdig.Renderers;

namespace SlmGuide.Site.Markdown.Shortcodes;

/// <summary>Adds the shortcode parsers. Rendering a table needs per-build data, so <see cref="MarkdownRenderer"/> adds that renderer.</summary>
public sealed class ShortcodeExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<ShortcodeParser>())
        {
            pipeline.BlockParsers.Insert(0, new ShortcodeParser());
        }

        if (!pipeline.InlineParsers.Contains<MisplacedShortcodeParser>())
        {
            pipeline.InlineParsers.Add(new MisplacedShortcodeParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
