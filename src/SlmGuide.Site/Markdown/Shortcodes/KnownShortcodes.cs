using Markdig.Parsers;
using Markdig.Syntax;
using SlmGuide.Data.Diagnostics;

namespace SlmGuide.Site.Markdown.Shortcodes;

/// <summary>
/// The shortcodes a page may use, by name. Each turns a well-formed call into its block or says
/// what is wrong with its values; a name not listed here is C013 with the closest names.
/// </summary>
public static class KnownShortcodes
{
    private static readonly Dictionary<string, Func<BlockParser, ShortcodeCall, (Block? Block, ShortcodeProblem? Problem)>> Binders = new(StringComparer.Ordinal)
    {
        ["table"] = TableShortcode.Bind,
        ["figure"] = FigureShortcode.Bind,
    };

    public static IEnumerable<string> Names => Binders.Keys;

    public static (Block? Block, ShortcodeProblem? Problem) Bind(BlockParser parser, ShortcodeCall call) =>
        Binders.TryGetValue(call.Name, out var bind) ? bind(parser, call) : (null, Unknown(call));

    public static ShortcodeProblem Unknown(ShortcodeCall call) => new(
        DiagnosticCodes.UnknownShortcode,
        call.NameColumn,
        $"there is no shortcode `{call.Name}`",
        Suggestions.DidYouMean(call.Name, Names) ?? $"the shortcodes are {string.Join(", ", Names.Order(StringComparer.Ordinal).Select(n => $"`{n}`"))}");
}
