using System.Globalization;
using Markdig.Parsers;
using Markdig.Syntax;
using SlmGuide.Data.Diagnostics;

namespace SlmGuide.Site.Markdown.Shortcodes;

/// <summary>
/// <c>{{&lt; figure src="diagram.png" alt="…" caption="…" width="480" &gt;}}</c>: an image with its
/// caption. The text alternative is required, since a reader who cannot see the image has nothing
/// else; whether <c>src</c> exists is checked with the page's other links.
/// </summary>
public static class FigureShortcode
{
    private const int MaxWidth = 4000;
    private static readonly string[] Arguments = ["src", "alt", "caption", "width"];

    public static (Block? Block, ShortcodeProblem? Problem) Bind(BlockParser parser, ShortcodeCall call)
    {
        if (call.Positional is [var positional, ..])
        {
            return (null, Problem(positional.Column, "the figure shortcode takes only named values", "write `src=\"…\"`, `alt=\"…\"` and optionally `caption=\"…\"` and `width=\"…\"`"));
        }

        if (call.NamedProblem(Arguments, "it takes `src`, `alt`, `caption` and `width`") is { } problem)
        {
            return (null, problem);
        }

        var named = call.Named.ToDictionary(argument => argument.Key, StringComparer.Ordinal);
        if (!named.TryGetValue("src", out var src) || src.Value.Text.Trim().Length == 0)
        {
            return (null, Problem(call.NameColumn, "the figure shortcode names no image", "add `src=\"…\"`: a file beside the page (`diagram.png`) or a path from the site's root"));
        }

        // The theme's Content-Security-Policy loads images from the site only, so an address elsewhere would show as broken.
        if (src.Value.Text.Contains(':', StringComparison.Ordinal) || src.Value.Text.StartsWith("//", StringComparison.Ordinal))
        {
            return (null, Problem(src.Value.Column, $"`{src.Value.Text}` is not an image of this site", "keep the image beside the page (`diagram.png`) or give its path from the site's root; the site loads no images from elsewhere"));
        }

        if (!named.TryGetValue("alt", out var alt) || alt.Value.Text.Trim().Length == 0)
        {
            return (null, Problem(named.TryGetValue("alt", out var empty) ? empty.Value.Column : call.NameColumn, "the figure has no text alternative", "add `alt=\"…\"` saying what the image shows, for readers who cannot see it"));
        }

        int? width = null;
        if (named.TryGetValue("width", out var widthArgument))
        {
            if (!int.TryParse(widthArgument.Value.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var pixels) || pixels is < 1 or > MaxWidth)
            {
                return (null, Problem(widthArgument.Value.Column, $"`{widthArgument.Value.Text}` is not a width in pixels", $"write a whole number from 1 to {MaxWidth}, e.g. `width=\"480\"`"));
            }

            width = pixels;
        }

        var caption = named.TryGetValue("caption", out var captionArgument) ? captionArgument.Value.Text : null;
        return (new FigureBlock(parser, src.Value.Text, src.Value.Column, alt.Value.Text, caption, width), null);
    }

    private static ShortcodeProblem Problem(int column, string message, string hint) => new(DiagnosticCodes.MalformedShortcode, column, message, hint);
}
