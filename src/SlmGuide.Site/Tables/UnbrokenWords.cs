using System.Text.RegularExpressions;

namespace SlmGuide.Site.Tables;

/// <summary>
/// Keeps hyphenated Latin words of a cell on one line (LLM-jp, qwen-research, 2026-11-23).
/// Browsers may break after any hyphen, and in a narrow column they do, leaving 「LLM-」 on one
/// line and 「jp」 on the next. A span the theme styles with nowrap prevents only that; the
/// cell's text (for downloads and filters) is unchanged.
/// </summary>
internal static partial class UnbrokenWords
{
    public static string InHtml(string escapedHtml) =>
        escapedHtml.Contains('-', StringComparison.Ordinal)
            ? HyphenatedWord().Replace(escapedHtml, "<span class=\"nobr\">$0</span>")
            : escapedHtml;

    // Runs of letters, digits and dots joined by hyphens; entity text (&amp;) never contains one.
    [GeneratedRegex("[A-Za-z0-9][A-Za-z0-9._]*(?:-[A-Za-z0-9._]+)+")]
    private static partial Regex HyphenatedWord();
}
