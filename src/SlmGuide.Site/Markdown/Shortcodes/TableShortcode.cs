using Markdig.Parsers;
using Markdig.Syntax;
using SlmGuide.Data.Diagnostics;
using SlmGuide.Site.Tables;

namespace SlmGuide.Site.Markdown.Shortcodes;

/// <summary>
/// <c>{{&lt; table "id" columns="a,b" where="key=value" &gt;}}</c>: places a survey table or part of
/// it; whether the id, the columns and the value exist is checked with the tables.
/// </summary>
public static class TableShortcode
{
    private static readonly string[] Arguments = ["columns", "where"];

    public static (Block? Block, ShortcodeProblem? Problem) Bind(BlockParser parser, ShortcodeCall call)
    {
        if (call.NamedProblem(Arguments, "it takes a table id, then optionally `columns=\"…\"` and `where=\"key=value\"`") is { } problem)
        {
            return (null, problem);
        }

        string? Named(string key) => call.Named.FirstOrDefault(argument => argument.Key == key)?.Value.Text;
        var selection = TableSelection.Of(Named("columns"), Named("where"));
        var columns = call.Named.ToDictionary(argument => argument.Key, argument => argument.Column, StringComparer.Ordinal);
        return call.Positional switch
        {
            [var id] => (new DataTableBlock(parser, id.Text, selection, columns), null),
            [] => (null, new(DiagnosticCodes.MalformedShortcode, call.NameColumn, "the table shortcode names no table", "write the table id in double quotes: `{{< table \"models\" >}}`")),
            [_, var second, ..] => (null, new(DiagnosticCodes.MalformedShortcode, second.Column, "the table shortcode names more than one table", "place each table with a shortcode of its own")),
        };
    }
}
