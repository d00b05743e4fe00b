using OxyPlot;
using SlmGuide.Site.Markdown;

namespace SlmGuide.Site.Benchmarks;

/// <summary>
/// Measures chart text as the page's fonts draw it. OxyPlot's own SVG measurer knows only Latin
/// metrics and takes a Japanese title or legend entry for a fraction of its width, so legend
/// items collide and axis titles are clipped. A Japanese character is one em wide in the CJK
/// fonts the theme names; Latin text averages a little over half an em.
/// </summary>
internal sealed class ChartTextMeasurer() : SvgRenderContext(Stream.Null, 1, 1, false, new PdfRenderContext(1, 1, OxyColors.Undefined), OxyColors.Undefined, false)
{
    private const double LatinEm = 0.62;
    private const double LineHeight = 1.25;

    public override OxySize MeasureText(string text, string fontFamily, double fontSize, double fontWeight)
    {
        var lines = (text ?? string.Empty).Split('\n');
        var widest = lines.Max(line => line.EnumerateRunes().Sum(rune => CjkText.IsWide(rune.Value) ? 1.0 : LatinEm));
        return new OxySize(widest * fontSize, lines.Length * fontSize * LineHeight);
    }

    public static double WidthOf(string text, double fontSize) =>
        text.EnumerateRunes().Sum(rune => CjkText.IsWide(rune.Value) ? 1.0 : LatinEm) * fontSize;
}
