using SlmGuide.Data.Bench;
using SlmGuide.Site.Tables;

namespace SlmGuide.Site.Benchmarks;

/// <summary>
/// The benchmark tables, built from the results store like every other table so they sort, filter
/// and download the same way. Their number columns are the metrics of <see cref="BenchMetrics"/>
/// for that table, framed by the columns that say what and where was measured; nothing is typed by hand.
/// </summary>
public sealed class BenchTables(IReadOnlyList<MachineResults> machines, SitePaths paths)
{
    public const string SpeedId = "bench-speed";
    public const string QualityId = "bench-quality";
    public const string MachinesId = "bench-machines";
    public const string EnginesId = "bench-engines";
    public const string TwinsId = "bench-twins";
    public const string TwinMemoryId = "bench-twin-memory";

    /// <summary>The benchmark page's section on twins: what they are and why their speed and memory are the real model's.</summary>
    public const string TwinMethodUrl = "/benchmarks/#実在モデルと同じ形の合成モデル";

    private static readonly Column ModelColumn = new("モデル", "model", false, x => Cell.Of(BenchLabels.Family(x.Record)));
    private static readonly Column TypeColumn = new("種別", "type", false, x => Cell.Of(x.Record.Model.Type));
    private static readonly Column EngineColumn = new("エンジン", "engine", false, x => Cell.Of(BenchLabels.Engine(x.Record)));
    private static readonly Column ConditionsColumn = new("条件", "conditions", false, x => Cell.Of(BenchLabels.Conditions(x.Record)));
    private static readonly Column MachineColumn = new("マシン", "machine", false, x => Cell.Of(x.Machine.Machine.CpuModel));

    private IEnumerable<Row> Rows => AllRows.Where(x => !BenchLabels.IsProbe(x.Record));

    private IEnumerable<Row> AllRows =>
        machines
            .SelectMany(m => m.Records.Select(r => new Row(m, r)))
            .OrderBy(x => x.Machine.Machine.Fingerprint, StringComparer.Ordinal)
            .ThenBy(x => x.Record.Model.Family, StringComparer.Ordinal)
            .ThenByDescending(x => x.Record.Model.FileBytes)
            .ThenBy(x => BenchLabels.Engine(x.Record), StringComparer.Ordinal)
            .ThenBy(x => x.Record.Id, StringComparer.Ordinal);

    public IReadOnlyDictionary<string, TableModel> BuildAll() => new Dictionary<string, TableModel>(StringComparer.Ordinal)
    {
        [TwinsId] = Speed(TwinsId, $"実測（{BenchLabels.TwinLabel}）: 速度・メモリ・サイズ", Rows.Where(x => x.Record.Model.TwinOf is not null), []) with { Method = TwinMethod },
        [TwinMemoryId] = Memory(TwinMemoryId, $"実測（{BenchLabels.TwinLabel}）: 文脈長ごとのピークメモリ", AllRows.Where(x => BenchLabels.IsProbe(x.Record))) with { Method = TwinMethod },
        [SpeedId] = Speed(SpeedId, "実測: 速度・メモリ・サイズ", Rows.Where(x => x.Record.Model.TwinOf is null), [BenchFigure.SpeedVersusSize]),
        [QualityId] = Build(
            QualityId,
            "実測（乱数の重みの合成モデル）: エンジンの動作確認としての量子化誤差",
            Rows.Where(x => x.Record.Quality is not null),
            [ModelColumn, TypeColumn, EngineColumn, .. MetricColumns(MetricTables.Quality), MachineColumn],
            [BenchFigure.QualityVersusSize]),
        [EnginesId] = new EngineComparison(machines).Build(),
        [MachinesId] = Machines(),
    };

    /// <summary>
    /// The measured rows of one survey model, for its page: the model itself where a suite measured
    /// its file, and its twin; the twin's memory probes in a table of their own.
    /// </summary>
    public IEnumerable<TableModel> ForModel(string modelId)
    {
        bool IsOf(Row x) => x.Record.Model.Family == modelId || x.Record.Model.TwinOf == modelId;
        var speed = Rows.Where(IsOf).ToList();
        if (speed.Count > 0)
        {
            var twin = speed.Any(x => x.Record.Model.TwinOf is not null);
            yield return Speed($"model-{modelId}-bench", "このモデルの実測値", speed, []) with { Method = twin ? TwinMethod : null };
        }

        var memory = AllRows.Where(x => IsOf(x) && BenchLabels.IsProbe(x.Record)).ToList();
        if (memory.Count > 0)
        {
            yield return Memory($"model-{modelId}-memory", $"実測（{BenchLabels.TwinLabel}）: 文脈長ごとのピークメモリ", memory) with { Method = TwinMethod };
        }
    }

    private static TableModel Speed(string id, string title, IEnumerable<Row> rows, IReadOnlyList<BenchFigure> figures) =>
        Build(id, title, rows, [ModelColumn, TypeColumn, EngineColumn, .. MetricColumns(MetricTables.Speed), ConditionsColumn, MachineColumn], figures);

    private TableMethod TwinMethod => new($"実測（{BenchLabels.TwinLabel}）", Html.Escape(paths.Href(TwinMethodUrl)));

    private static TableModel Memory(string id, string title, IEnumerable<Row> rows) =>
        Build(id, title, rows,
            [
                ModelColumn,
                TypeColumn,
                EngineColumn,
                new("文脈長（トークン）", "context", true, x => BenchLabels.Number(x.Record.ContextSize!.Value, "0")),
                new("ピークメモリ（MB）", "peak_mb", true, x => x.Record.PeakResidentBytes is { } bytes ? BenchLabels.Number(bytes / 1e6, "0") : Cell.Of(null)),
                MachineColumn,
            ],
            []);

    private TableModel Machines() =>
        Build(MachinesId, "計測環境", machines.Where(m => m.Records.Count > 0).Select(m => new Row(m, m.Records[0])),
            [
                new("CPU", "cpu", false, x => Cell.Of(x.Machine.Machine.CpuModel)),
                new("論理コア数", "cores", true, x => BenchLabels.Number(x.Machine.Machine.LogicalCores, "0")),
                new("メモリ（GB）", "memory_gb", true, x => BenchLabels.Number(x.Machine.Machine.MemoryBytes / 1e9, "0.0")),
                new("OS", "os", false, x => Cell.Of($"{x.Machine.Machine.OperatingSystem}（{x.Machine.Machine.Architecture}）")),
                new("メモリ読み出し帯域（GB/秒）", "bandwidth", true, x => x.Machine.Machine.MemoryBandwidthBytesPerSecond is { } bw ? BenchLabels.Number(bw / 1e9, "0.0") : Cell.Of(null)),
                new("推論エンジン", "engine", false, x => Cell.Of(string.Join("、", x.Machine.Records.Select(r => r.Key.Engine).Distinct().Order(StringComparer.Ordinal)))),
                new("計測日（UTC）", "measured", false, x => Cell.Of(BenchLabels.Date(x.Machine.Records.Max(r => r.MeasuredUtc) ?? string.Empty))),
                new("マシン識別子", "fingerprint", false, x => Cell.Of(x.Machine.Machine.Fingerprint)),
            ],
            []);

    private static TableModel Build(string id, string title, IEnumerable<Row> rows, IReadOnlyList<Column> columns, IReadOnlyList<BenchFigure> figures)
    {
        var list = rows.ToList();
        var measured = list.Select(x => x.Record.MeasuredUtc).Max(StringComparer.Ordinal);
        var records = figures.Count == 0 ? [] : list.Select(x => x.Record).ToList();
        return new TableModel(
            id,
            title,
            IsList: false,
            [.. columns.Select(c => new TableColumn(c.Label, c.Key, c.Numeric))],
            [.. list.Select(x => new TableRow([.. columns.Select(c => c.Cell(x))], null, null))],
            [],
            measured is null ? null : BenchLabels.Date(measured))
        {
            Figure = figures.Count == 0 ? null : string.Join('\n', figures.Select(figure => BenchCharts.Render(figure, records))),
        };
    }

    private static IEnumerable<Column> MetricColumns(MetricTables table) =>
        BenchMetrics.In(table).Select(metric => new Column(metric.Header, metric.Key, true, x => MetricCell(metric, x.Record)));

    private static Cell MetricCell(BenchMetric metric, BenchRecord record) =>
        metric.Select(record) is { } value && metric.Text(record) is { } text
            ? new Cell(text, Html.Escape(text), BenchLabels.Sort(value.Value))
            : Cell.Of(metric.Missing);


    private sealed record Row(MachineResults Machine, BenchRecord Record);

    private sealed record Column(string Label, string Key, bool Numeric, Func<Row, Cell> Cell);
}
