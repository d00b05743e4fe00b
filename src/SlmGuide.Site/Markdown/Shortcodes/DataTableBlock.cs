using Markdig.Parsers;
using Markdig.Syntax;
using SlmGuide.Site.Tables;

namespace SlmGuide.Site.Markdown.Shortcodes;

/// <summary>
/// A placed survey table: the Markdown line <c>{{&lt; table "models" &gt;}}</c>, optionally with
/// <c>columns="…"</c> and <c>where="key=value"</c> choosing part of it.
/// </summary>
public sealed class DataTableBlock(BlockParser parser, string tableId, TableSelection? selection, IReadOnlyDictionary<string, int> argumentColumns) : LeafBlock(parser)
{
    public string TableId { get; } = tableId;

    /// <summary>The part of the table to show; null for the whole table.</summary>
    public TableSelection? Selection { get; } = selection;

    /// <summary>The id the placed table gets on the page (its anchor is <c>table-</c> and this).</summary>
    public string PlacedId => Selection is null ? TableId : $"{TableId}-{Selection.IdSuffix}";

    /// <summary>The zero-based column of each named argument within the shortcode's line, for diagnostics.</summary>
    public int ColumnOf(string argument) => argumentColumns.TryGetValue(argument, out var column) ? column : 0;
}
