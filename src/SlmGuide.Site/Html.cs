using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace SlmGuide.Site;

/// <summary>
/// Escaping at the boundary between data and templates. Every string handed to a template has
/// passed through here (or is HTML we generated), so a template cannot forget to escape.
/// Japanese text stays readable in the output; only markup characters become entities.
/// </summary>
public static class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Escape(string? text) => string.IsNullOrEmpty(text) ? string.Empty : Encoder.Encode(text);

    /// <summary>A link to an address already checked to be http(s) or site-relative.</summary>
    public static string Link(string text, string href, bool external = false) =>
        external
            ? $"<a href=\"{Escape(href)}\" rel=\"noopener\">{Escape(text)}</a>"
            : $"<a href=\"{Escape(href)}\">{Escape(text)}</a>";
}
