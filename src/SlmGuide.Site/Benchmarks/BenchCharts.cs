using System.Globalization;
using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;
using OxyPlot.Legends;
using OxyPlot.Series;
using SlmGuide.Bench.Results;

namespace SlmGuide.Site.Benchmarks;

/// <summary>The benchmark page's two charts, drawn from the same records as the tables beside them.</summary>
internal static class BenchCharts
{
    private const double Megabyte = 1_000_000;

    /// <summary>Generation speed against file size: smaller weights read less memory per token.</summary>
    public static string SpeedVersusSize(IReadOnlyList<BenchRecord> records) =>
        Chart(
            "bench-speed-chart",
            "生成速度とファイルサイズ",
            "量子化の種類ごとに、横軸にモデルファイルのサイズ（MB、対数目盛）、縦軸に1トークンずつ生成するときの速度（トークン/秒、対数目盛）を示した散布図。数値は下の表と同じ実測値。",
            "生成速度（トークン/秒）",
            records.Where(r => r.GeneratedTokensPerSecond is not null),
            r => r.GeneratedTokensPerSecond!.Mean);

    /// <summary>Quantization error against file size: how much accuracy each size step costs.</summary>
    public static string QualityVersusSize(IReadOnlyList<BenchRecord> records) =>
        Chart(
            "bench-quality-chart",
            "量子化の誤差とファイルサイズ",
            "量子化したモデルごとに、横軸にファイルサイズ（MB、対数目盛）、縦軸に元のF32モデルとの平均KLダイバージェンス（対数目盛、小さいほど元に近い）を示した散布図。数値は下の表と同じ実測値。",
            "平均KLダイバージェンス（nats）",
            records.Where(r => r.Quality?.KlMean is > 0),
            r => r.Quality!.KlMean!.Value);

    // Both axes are logarithmic: sizes and rates span orders of magnitude between the tiny and larger models.
    private static string Chart(string id, string title, string description, string yTitle, IEnumerable<BenchRecord> records, Func<BenchRecord, double> y)
    {
        var list = records.ToList();
        var synthetic = list.Count > 0 && list.All(r => r.Model.Synthetic);
        var model = new PlotModel { Title = synthetic ? title + "（合成モデル）" : title, TitleFontSize = 15 };
        model.Legends.Add(new Legend { LegendPosition = LegendPosition.RightTop, LegendPlacement = LegendPlacement.Outside });
        model.Axes.Add(new LogarithmicAxis { Position = AxisPosition.Bottom, Title = "ファイルサイズ（MB）", MajorGridlineStyle = LineStyle.Dot, MinimumPadding = 0.05, MaximumPadding = 0.08 });
        model.Axes.Add(new LogarithmicAxis { Position = AxisPosition.Left, Title = yTitle, MajorGridlineStyle = LineStyle.Dot, AxisTitleDistance = 12, MinimumPadding = 0.08, MaximumPadding = 0.15 });

        foreach (var family in list.GroupBy(r => r.Model.Family, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var series = new LineSeries { Title = family.Key, LineStyle = LineStyle.None, MarkerType = MarkerType.Circle, MarkerSize = 4 };
            foreach (var record in family.OrderBy(r => r.Model.FileBytes))
            {
                var x = record.Model.FileBytes / Megabyte;
                series.Points.Add(new DataPoint(x, y(record)));
                model.Annotations.Add(new TextAnnotation
                {
                    Text = record.Model.Type,
                    TextPosition = new DataPoint(x, y(record)),
                    TextVerticalAlignment = VerticalAlignment.Bottom,
                    FontSize = 10,
                    StrokeThickness = 0,
                });
            }

            model.Series.Add(series);
        }

        return SvgChart.Render(model, id, title, description);
    }

    internal static string Megabytes(long bytes) => (bytes / Megabyte).ToString("0.0", CultureInfo.InvariantCulture);
}
