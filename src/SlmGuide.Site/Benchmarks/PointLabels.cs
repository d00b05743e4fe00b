using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;

namespace SlmGuide.Site.Benchmarks;

/// <summary>
/// Places each point's label (its weight type) where it overlaps no other label and no point:
/// above, below, right or left of the point, whichever is free first, inside the plot area. A
/// label that finds no free place is left out; the table under the chart has every value.
/// Needs the model laid out once (axes know their screen transforms after a render).
/// </summary>
internal static class PointLabels
{
    private const double Gap = 6;
    private const double MarkerRadius = 5;
    private const double LineHeight = 1.45;

    public static void Place(PlotModel model, IReadOnlyList<(DataPoint At, string Text)> points, double fontSize)
    {
        var xAxis = model.Axes.First(a => a.Position == AxisPosition.Bottom);
        var yAxis = model.Axes.First(a => a.Position == AxisPosition.Left);
        var area = model.PlotArea;
        var screens = points.Select(p => xAxis.Transform(p.At.X, p.At.Y, yAxis)).ToList();
        var taken = screens.Select(s => new OxyRect(s.X - MarkerRadius, s.Y - MarkerRadius, 2 * MarkerRadius, 2 * MarkerRadius)).ToList();

        for (var i = 0; i < points.Count; i++)
        {
            var width = ChartTextMeasurer.WidthOf(points[i].Text, fontSize);
            // The browser's box of a text is its font's whole line (ascent and descent of Noto
            // Sans CJK), about 1.45 em: at 1.2 em two labels stacked one above the other overlapped.
            var height = fontSize * LineHeight;
            var placed = Candidates(screens[i], width, height)
                .Where(c => Inside(area, c.Box) && !taken.Any(t => Overlap(t, c.Box)))
                .Select(c => (OxyRect?)c.Box)
                .FirstOrDefault();
            if (placed is not { } box)
            {
                continue;
            }

            taken.Add(box);
            model.Annotations.Add(new TextAnnotation
            {
                Text = points[i].Text,
                TextPosition = xAxis.InverseTransform(box.Center.X, box.Center.Y, yAxis),
                TextHorizontalAlignment = HorizontalAlignment.Center,
                TextVerticalAlignment = VerticalAlignment.Middle,
                FontSize = fontSize,
                StrokeThickness = 0,
            });
        }
    }

    private static IEnumerable<(string Side, OxyRect Box)> Candidates(ScreenPoint at, double width, double height)
    {
        yield return ("above", new OxyRect(at.X - (width / 2), at.Y - Gap - height, width, height));
        yield return ("below", new OxyRect(at.X - (width / 2), at.Y + Gap, width, height));
        yield return ("right", new OxyRect(at.X + Gap + 2, at.Y - (height / 2), width, height));
        yield return ("left", new OxyRect(at.X - Gap - 2 - width, at.Y - (height / 2), width, height));
        yield return ("above right", new OxyRect(at.X + Gap, at.Y - Gap - height, width, height));
        yield return ("below right", new OxyRect(at.X + Gap, at.Y + Gap, width, height));
        yield return ("above left", new OxyRect(at.X - Gap - width, at.Y - Gap - height, width, height));
        yield return ("below left", new OxyRect(at.X - Gap - width, at.Y + Gap, width, height));
    }

    private static bool Inside(OxyRect area, OxyRect box) =>
        box.Left >= area.Left && box.Right <= area.Right && box.Top >= area.Top && box.Bottom <= area.Bottom;

    private static bool Overlap(OxyRect a, OxyRect b) =>
        a.Left < b.Right && b.Left < a.Right && a.Top < b.Bottom && b.Top < a.Bottom;
}
