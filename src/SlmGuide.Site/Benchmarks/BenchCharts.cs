using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;
using OxyPlot.Legends;
using OxyPlot.Series;
using SlmGuide.Data.Bench;

namespace SlmGuide.Site.Benchmarks;

/// <summary>Draws a table's figures from the same records as the table beside them.</summary>
internal static class BenchCharts
{
    private const string ChartEngine = "llama.cpp";

    // Both axes are logarithmic: sizes and rates span orders of magnitude between the tiny and
    // larger models, so only records with a positive value on both axes can be drawn.
    public static string Render(BenchFigure figure, IReadOnlyList<BenchRecord> records)
    {
        if (!figure.X.IsChartable || !figure.Y.IsChartable)
        {
            throw new ArgumentException($"figure `{figure.Id}` plots a metric without an axis title", nameof(figure));
        }

        // One engine per chart: two engines put two points of nearly the same place on every file,
        // whose labels cannot all be placed on a phone; the engine table compares them instead.
        var engines = records.Select(BenchLabels.Engine).Distinct(StringComparer.Ordinal).ToList();
        var engine = engines.Contains(ChartEngine, StringComparer.Ordinal) ? ChartEngine : engines.Order(StringComparer.Ordinal).FirstOrDefault();
        var points = records
            .Where(record => BenchLabels.Engine(record) == engine)
            .Select(record => (Record: record, X: figure.X.Select(record)?.Value, Y: figure.Y.Select(record)?.Value))
            .Where(point => point.X > 0 && point.Y > 0)
            .ToList();
        var synthetic = points.Count > 0 && points.All(p => p.Record.Model.Synthetic);
        var title = synthetic ? figure.Title + "（合成モデル）" : figure.Title;
        return string.Join('\n', ChartLayout.Both.Select(layout => Draw(figure, title, points, layout)));
    }

    private static string Draw(BenchFigure figure, string title, List<(BenchRecord Record, double? X, double? Y)> points, ChartLayout layout)
    {
        var model = new PlotModel { Title = title, TitleFontSize = layout.TitleFontSize, DefaultFontSize = layout.FontSize, TitleHorizontalAlignment = TitleHorizontalAlignment.CenteredWithinView };
        model.Legends.Add(layout.LegendBelow
            ? new Legend { LegendPosition = LegendPosition.BottomCenter, LegendPlacement = LegendPlacement.Outside, LegendOrientation = LegendOrientation.Horizontal, LegendFontSize = layout.FontSize }
            : new Legend { LegendPosition = LegendPosition.RightTop, LegendPlacement = LegendPlacement.Outside, LegendFontSize = layout.FontSize });
        model.Axes.Add(new LogarithmicAxis { Position = AxisPosition.Bottom, Title = figure.X.AxisTitle, MajorGridlineStyle = LineStyle.Dot, MinimumPadding = 0.05, MaximumPadding = 0.08 });
        model.Axes.Add(new LogarithmicAxis { Position = AxisPosition.Left, Title = figure.Y.AxisTitle, MajorGridlineStyle = LineStyle.Dot, AxisTitleDistance = 8, MinimumPadding = 0.08, MaximumPadding = 0.15 });

        var labels = new List<(DataPoint At, string Text)>();
        foreach (var family in points.GroupBy(p => p.Record.Model.Family, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var series = new LineSeries { Title = family.Key, LineStyle = LineStyle.None, MarkerType = MarkerType.Circle, MarkerSize = 4 };
            foreach (var point in family.OrderBy(p => p.Record.Model.FileBytes))
            {
                var at = new DataPoint(point.X!.Value, point.Y!.Value);
                series.Points.Add(at);
                labels.Add((at, point.Record.Model.Type));
            }

            model.Series.Add(series);
        }

        return SvgChart.Render(model, layout, figure.Id, figure.Title, figure.Description, laidOut => PointLabels.Place(laidOut, labels, layout.LabelFontSize));
    }
}
