using Markdig.Parsers;
using Markdig.Syntax;
using SlmGuide.Data.Diagnostics;

namespace SlmGuide.Site.Markdown.Shortcodes;

/// <summary><c>{{&lt; table "id" &gt;}}</c>: places a survey table; whether the id exists is checked with the tables.</summary>
public static class TableShortcode
{
    public static (Block? Block, ShortcodeProblem? Problem) Bind(BlockParser parser, ShortcodeCall call)
    {
        if (call.Named is [var extra, ..])
        {
            return (null, new(DiagnosticCodes.MalformedShortcode, extra.Column, $"the table shortcode takes no `{extra.Key}`", "write only the table id: `{{< table \"models\" >}}`"));
        }

        return call.Positional switch
        {
            [var id] => (new DataTableBlock(parser, id.Text), null),
            [] => (null, new(DiagnosticCodes.MalformedShortcode, call.NameColumn, "the table shortcode names no table", "write the table id in double quotes: `{{< table \"models\" >}}`")),
            [_, var second, ..] => (null, new(DiagnosticCodes.MalformedShortcode, second.Column, "the table shortcode names more than one table", "place each table with a shortcode of its own")),
        };
    }
}
