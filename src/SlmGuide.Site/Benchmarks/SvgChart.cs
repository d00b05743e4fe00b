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
    /// <summary>
    /// Draws <paramref name="model"/> at the layout's size. <paramref name="annotate"/> runs once the
    /// axes are laid out (labels placed in screen space need that), then the drawing is made again.
    /// Black (OxyPlot's text, axes and grid) becomes currentColor, so the chart takes the page's
    /// text colour in light and dark mode.
    /// </summary>
    public static string Render(PlotModel model, ChartLayout layout, string chartId, string title, string description, Action<PlotModel> annotate)
    {
        model.Culture = CultureInfo.InvariantCulture;
        model.DefaultFont = "Noto Sans CJK JP, Hiragino Sans, Meiryo, sans-serif";
        var measurer = new ChartTextMeasurer();
        SvgExporter.ExportToString(model, layout.Width, layout.Height, false, measurer);
        annotate(model);
        var svg = SvgExporter.ExportToString(model, layout.Width, layout.Height, false, measurer);
        var id = layout == ChartLayout.Wide ? chartId : $"{chartId}-{layout.Name}";

        svg = StyleAttribute().Replace(svg, match => string.Join(' ', match.Groups["body"].Value
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(declaration => declaration.Split(':', 2))
            .Where(pair => pair.Length == 2)
            .Select(pair => $"{pair[0].Trim()}=\"{pair[1].Trim()}\"")));
        svg = ClipPathId().Replace(svg, match => $"{match.Groups["prefix"].Value}{id}-clip{match.Groups["number"].Value}");
        svg = Black().Replace(svg, "${attribute}=\"currentColor\"");

        var opening = svg.IndexOf("<svg", StringComparison.Ordinal);
        var openingEnd = svg.IndexOf('>', opening);
        var header = $"<svg class=\"chart chart-{layout.Name}\" viewBox=\"0 0 {layout.Width} {layout.Height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" xmlns=\"http://www.w3.org/2000/svg\">"
            + $"<title id=\"{id}-title\">{Html.Escape(title)}</title><desc id=\"{id}-desc\">{Html.Escape(description)}</desc>";
        return header + svg[(openingEnd + 1)..].Trim();
    }

    [GeneratedRegex("style=\"(?<body>[^\"]*)\"")]
    private static partial Regex StyleAttribute();

    [GeneratedRegex("(?<prefix>id=\"|url\\(#)clipPath(?<number>\\d+)")]
    private static partial Regex ClipPathId();

    [GeneratedRegex("(?<attribute>fill|stroke)=\"(?:#000000|black)\"")]
    private static partial Regex Black();
}
