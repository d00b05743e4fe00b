using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SlmGuide.Site.Markdown.Shortcodes;

/// <summary>Writes the pre-rendered HTML of a placed table; the table itself comes from the theme's table partial.</summary>
public sealed class DataTableRenderer(Func<DataTableBlock, string> tableHtml) : HtmlObjectRenderer<DataTableBlock>
{
    protected override void Write(HtmlRenderer renderer, DataTableBlock block) =>
        renderer.Write(tableHtml(block)).EnsureLine();
}
