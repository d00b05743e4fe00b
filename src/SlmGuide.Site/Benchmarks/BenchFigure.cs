using SlmGuide.Data.Bench;

namespace SlmGuide.Site.Benchmarks;

/// <summary>
/// A chart above a benchmark table: one chartable metric against another, one series per model
/// family, each point labelled with its weight type. A table may carry several.
/// </summary>
public sealed record BenchFigure(string Id, string Title, string Description, BenchMetric X, BenchMetric Y)
{
    /// <summary>Generation speed against file size: smaller weights read less memory per token.</summary>
    public static BenchFigure SpeedVersusSize { get; } = new(
        "bench-speed-chart",
        "生成速度とファイルサイズ",
        "量子化の種類ごとに、横軸にモデルファイルのサイズ（MB、対数目盛）、縦軸に1トークンずつ生成するときの速度（トークン/秒、対数目盛）を示した散布図。数値は下の表と同じ実測値。",
        BenchMetrics.FileSize,
        BenchMetrics.GenerationSpeed);

    /// <summary>Quantization error against file size: how much accuracy each size step costs.</summary>
    public static BenchFigure QualityVersusSize { get; } = new(
        "bench-quality-chart",
        "量子化の誤差とファイルサイズ",
        "量子化したモデルごとに、横軸にファイルサイズ（MB、対数目盛）、縦軸に元のF32モデルとの平均KLダイバージェンス（対数目盛、小さいほど元に近い）を示した散布図。数値は下の表と同じ実測値。",
        BenchMetrics.FileSize,
        BenchMetrics.KlMean);
}
