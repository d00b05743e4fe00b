using Markdig.Parsers;
using Markdig.Syntax;

namespace SlmGuide.Site.Markdown.Shortcodes;

/// <summary>A placed survey table: the Markdown line <c>{{&lt; table "models" &gt;}}</c>.</summary>
public sealed class DataTableBlock(BlockParser parser, string tableId) : LeafBlock(parser)
{
    public string TableId { get; } = tableId;
}
