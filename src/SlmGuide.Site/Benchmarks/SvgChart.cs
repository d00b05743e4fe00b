using System.Globalization;
using System.Text.RegularExpressions;
using OxyPlot;

namespace SlmGuide.Site.Benchmarks;

/// <summary>
/// Turns an OxyPlot model into an accessible inline SVG: a title and description screen readers
/// announce, ids unique on the page, and presentation attributes instead of style attributes so
/// the site's Content-Security-Policy (no inline styles) does not strip the drawing.
/// </summary>
internal static partial class SvgChart
{
    private const int Width = 720;
    private const int Height = 420;

    public static string Render(PlotModel model, string id, string title, string description)
    {
        model.Culture = CultureInfo.InvariantCulture;
        model.DefaultFont = "Noto Sans CJK JP, Hiragino Sans, Meiryo, sans-serif";
        var svg = SvgExporter.ExportToString(model, Width, Height, isDocument: false);

        svg = StyleAttribute().Replace(svg, match => string.Join(' ', match.Groups["body"].Value
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(declaration => declaration.Split(':', 2))
            .Where(pair => pair.Length == 2)
            .Select(pair => $"{pair[0].Trim()}=\"{pair[1].Trim()}\"")));
        svg = ClipPathId().Replace(svg, match => $"{match.Groups["prefix"].Value}{id}-clip{match.Groups["number"].Value}");

        var opening = svg.IndexOf("<svg", StringComparison.Ordinal);
        var openingEnd = svg.IndexOf('>', opening);
        var header = $"<svg class=\"chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" xmlns=\"http://www.w3.org/2000/svg\">"
            + $"<title id=\"{id}-title\">{Html.Escape(title)}</title><desc id=\"{id}-desc\">{Html.Escape(description)}</desc>";
        return header + svg[(openingEnd + 1)..].Trim();
    }

    [GeneratedRegex("style=\"(?<body>[^\"]*)\"")]
    private static partial Regex StyleAttribute();

    [GeneratedRegex("(?<prefix>id=\"|url\\(#)clipPath(?<number>\\d+)")]
    private static partial Regex ClipPathId();
}
