namespace SlmGuide.Data.Bench;

/// <summary>Every metric of a benchmark record, in the order the tables show them.</summary>
public static class BenchMetrics
{
    private const double Million = 1e6;

    public static BenchMetric FileSize { get; } = new()
    {
        Key = "file_mb",
        Label = "サイズ",
        Unit = "MB",
        Select = r => new MetricValue(r.Model.FileBytes / Million),
        Format = BenchMetric.Fixed("0.0"),
        Tables = MetricTables.Speed | MetricTables.Quality,
        AxisTitle = "ファイルサイズ（MB）",
        ConsoleHeader = "size MB",
    };

    public static BenchMetric GenerationSpeed { get; } = new()
    {
        Key = "tg",
        Label = "生成",
        Unit = "トークン/秒",
        Select = r => r.GeneratedTokensPerSecond is { } s ? MetricValue.Of(s) : null,
        Format = BenchMetric.Fixed("0.0"),
        Tables = MetricTables.Speed,
        AxisTitle = "生成速度（トークン/秒）",
        ConsoleHeader = "tg t/s",
        ConsoleFormat = BenchMetric.Fixed("0.00"),
    };

    public static BenchMetric KlMean { get; } = new()
    {
        Key = "kl_mean",
        Label = "平均KL",
        Select = r => r.Quality?.KlMean is { } kl ? new MetricValue(kl) : null,
        Format = Divergence,
        Missing = Reference,
        Tables = MetricTables.Quality,
        AxisTitle = "平均KLダイバージェンス（nats）",
        ConsoleHeader = "KL mean",
        ConsoleFormat = BenchMetric.Fixed("0.000000"),
    };

    public static IReadOnlyList<BenchMetric> All { get; } =
    [
        FileSize,
        new()
        {
            Key = "parameters_m",
            Label = "パラメータ数",
            Unit = "百万",
            Select = r => new MetricValue(r.Model.ParameterCount / Million),
            Format = BenchMetric.Fixed("0.0"),
            Tables = MetricTables.Speed,
        },
        new()
        {
            Key = "pp",
            Label = "プロンプト処理",
            Unit = "トークン/秒",
            Select = r => r.PromptTokensPerSecond is { } s ? MetricValue.Of(s) : null,
            Format = BenchMetric.Fixed("0.0"),
            Tables = MetricTables.Speed,
            ConsoleHeader = "pp t/s",
            ConsoleFormat = BenchMetric.Fixed("0.00"),
        },
        GenerationSpeed,
        new()
        {
            Key = "ttft_ms",
            Label = "最初のトークンまで",
            Unit = "ミリ秒",
            Select = r => r.TimeToFirstTokenSeconds is { } t ? new MetricValue(t.Mean * 1000) : null,
            Format = BenchMetric.Fixed("0"),
            Tables = MetricTables.Speed,
        },
        new()
        {
            Key = "load_s",
            Label = "読み込み",
            Unit = "秒",
            Select = r => new MetricValue(r.LoadSeconds),
            Format = BenchMetric.Fixed("0.00"),
            Tables = MetricTables.Speed,
        },
        new()
        {
            Key = "peak_mb",
            Label = "ピークメモリ",
            Unit = "MB",
            Select = r => r.PeakResidentBytes is { } b ? new MetricValue(b / Million) : null,
            Format = BenchMetric.Fixed("0"),
            Tables = MetricTables.Speed,
        },
        new()
        {
            Key = "roofline",
            Label = "帯域上限に対する生成速度",
            Select = r => r.Roofline is { } roofline ? new MetricValue(roofline.ShareOfCeiling * 100) : null,
            Format = BenchMetric.Fixed("0"),
            Suffix = "%",
            Tables = MetricTables.Speed,
        },
        KlMean,
        new()
        {
            Key = "kl_p99",
            Label = "KL 99パーセンタイル",
            Select = r => r.Quality?.KlP99 is { } kl ? new MetricValue(kl) : null,
            Format = Divergence,
            Missing = Reference,
            Tables = MetricTables.Quality,
        },
        new()
        {
            Key = "kl_max",
            Label = "最大KL",
            Select = r => r.Quality?.KlMax is { } kl ? new MetricValue(kl) : null,
            Format = Divergence,
            Missing = Reference,
            Tables = MetricTables.Quality,
        },
        new()
        {
            Key = "top1",
            Label = "最上位トークン一致率",
            Select = r => r.Quality?.TopTokenAgreementPercent is { } p ? new MetricValue(p) : null,
            Format = BenchMetric.Fixed("0.00"),
            Suffix = "%",
            Missing = Reference,
            Tables = MetricTables.Quality,
            ConsoleHeader = "top-1 agree",
        },
        new()
        {
            Key = "perplexity",
            Label = "パープレキシティ",
            Select = r => r.Quality is { } q ? new MetricValue(q.Perplexity) : null,
            Format = BenchMetric.Fixed("0.00"),
            Tables = MetricTables.Quality,
        },
        new()
        {
            Key = "positions",
            Label = "比較位置数",
            Select = r => r.Quality is { } q ? new MetricValue(q.Positions) : null,
            Format = BenchMetric.Fixed("0"),
            Tables = MetricTables.Quality,
        },
    ];

    /// <summary>The metrics of one table, in order.</summary>
    public static IEnumerable<BenchMetric> In(MetricTables table) => All.Where(metric => metric.Tables.HasFlag(table));

    // The model every variant is compared with has no divergence of its own.
    private const string Reference = "基準";

    // Tiny divergences (well-preserved quantizations) need more digits to differ from zero.
    private static string Divergence(double kl) => BenchMetric.Fixed(kl < 0.001 ? "0.000000" : "0.0000")(kl);
}
