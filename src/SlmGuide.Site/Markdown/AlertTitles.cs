using Markdig.Helpers;
using Markdig.Renderers;

namespace SlmGuide.Site.Markdown;

/// <summary>
/// The title line of a GitHub-style alert (<c>&gt; [!NOTE]</c>), in Japanese: Markdig's own titles
/// are English and come with inline SVG icons, which the page's CSS draws instead.
/// </summary>
public static class AlertTitles
{
    private static readonly Dictionary<string, string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["NOTE"] = "メモ",
        ["TIP"] = "ヒント",
        ["IMPORTANT"] = "重要",
        ["WARNING"] = "警告",
        ["CAUTION"] = "注意",
    };

    public static void Write(HtmlRenderer renderer, StringSlice kind)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        var title = Titles.GetValueOrDefault(kind.ToString(), kind.ToString());
        renderer.Write("<p class=\"markdown-alert-title\">").WriteEscape(title).WriteLine("</p>");
    }
}
