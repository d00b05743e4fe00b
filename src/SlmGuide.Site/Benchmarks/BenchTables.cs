using SlmGuide.Bench.Results;
using SlmGuide.Site.Tables;

namespace SlmGuide.Site.Benchmarks;

/// <summary>
/// The benchmark tables, built from the results store like every other table so they sort, filter
/// and download the same way. Each measured number comes from one record; nothing is typed by hand.
/// </summary>
public sealed class BenchTables(IReadOnlyList<MachineResults> machines)
{
    public const string SpeedId = "bench-speed";
    public const string QualityId = "bench-quality";
    public const string MachinesId = "bench-machines";

    private IEnumerable<(MachineResults Machine, BenchRecord Record)> Rows =>
        machines
            .SelectMany(m => m.Records.Select(r => (Machine: m, Record: r)))
            .OrderBy(x => x.Machine.Machine.Fingerprint, StringComparer.Ordinal)
            .ThenBy(x => x.Record.Model.Family, StringComparer.Ordinal)
            .ThenByDescending(x => x.Record.Model.FileBytes)
            .ThenBy(x => x.Record.Id, StringComparer.Ordinal);

    public IReadOnlyDictionary<string, TableModel> BuildAll() => new Dictionary<string, TableModel>(StringComparer.Ordinal)
    {
        [SpeedId] = Speed(SpeedId, "実測: 速度・メモリ・サイズ", Rows) with
        {
            Figure = BenchCharts.SpeedVersusSize([.. Rows.Select(x => x.Record)]),
        },
        [QualityId] = Quality() with
        {
            Figure = BenchCharts.QualityVersusSize([.. Rows.Select(x => x.Record)]),
        },
        [MachinesId] = Machines(),
    };

    /// <summary>The speed rows of one model family (a survey model id), for that model's page.</summary>
    public TableModel? ForModel(string modelId)
    {
        var rows = Rows.Where(x => x.Record.Model.Family == modelId).ToList();
        return rows.Count == 0 ? null : Speed($"model-{modelId}-bench", "このモデルの実測値", rows);
    }

    private static TableModel Speed(string id, string title, IEnumerable<(MachineResults Machine, BenchRecord Record)> rows) =>
        Build(id, title, rows,
            [
                ("モデル", "model", false, x => Cell.Of(BenchLabels.Family(x.Record))),
                ("種別", "type", false, x => Cell.Of(x.Record.Model.Type)),
                ("サイズ（MB）", "file_mb", true, x => Numeric(x.Record.Model.FileBytes / 1e6, "0.0")),
                ("パラメータ数（百万）", "parameters_m", true, x => Numeric(x.Record.Model.ParameterCount / 1e6, "0.0")),
                ("プロンプト処理（トークン/秒）", "pp", true, x => Rate(x.Record.PromptTokensPerSecond)),
                ("生成（トークン/秒）", "tg", true, x => Rate(x.Record.GeneratedTokensPerSecond)),
                ("最初のトークンまで（ミリ秒）", "ttft_ms", true, x => x.Record.TimeToFirstTokenSeconds is { } t ? Numeric(t.Mean * 1000, "0") : Cell.Of(null)),
                ("読み込み（秒）", "load_s", true, x => Numeric(x.Record.LoadSeconds, "0.00")),
                ("ピークメモリ（MB）", "peak_mb", true, x => x.Record.PeakResidentBytes is { } b ? Numeric(b / 1e6, "0") : Cell.Of(null)),
                ("帯域上限に対する生成速度", "roofline", true, x => x.Record.Roofline is { } r ? Numeric(r.ShareOfCeiling * 100, "0", "%") : Cell.Of(null)),
                ("条件", "conditions", false, x => Cell.Of(BenchLabels.Conditions(x.Record))),
                ("マシン", "machine", false, x => Cell.Of(x.Machine.Machine.CpuModel)),
            ]);

    private TableModel Quality() =>
        Build(QualityId, "実測: 量子化による品質の変化", Rows.Where(x => x.Record.Quality is not null),
            [
                ("モデル", "model", false, x => Cell.Of(BenchLabels.Family(x.Record))),
                ("種別", "type", false, x => Cell.Of(x.Record.Model.Type)),
                ("サイズ（MB）", "file_mb", true, x => Numeric(x.Record.Model.FileBytes / 1e6, "0.0")),
                ("平均KL", "kl_mean", true, x => Kl(x.Record.Quality!.KlMean)),
                ("KL 99パーセンタイル", "kl_p99", true, x => Kl(x.Record.Quality!.KlP99)),
                ("最大KL", "kl_max", true, x => Kl(x.Record.Quality!.KlMax)),
                ("最上位トークン一致率", "top1", true, x => x.Record.Quality!.TopTokenAgreementPercent is { } p ? Numeric(p, "0.00", "%") : Cell.Of("基準")),
                ("パープレキシティ", "perplexity", true, x => Numeric(x.Record.Quality!.Perplexity, "0.00")),
                ("比較位置数", "positions", true, x => Numeric(x.Record.Quality!.Positions, "0")),
                ("マシン", "machine", false, x => Cell.Of(x.Machine.Machine.CpuModel)),
            ]);

    private TableModel Machines() =>
        Build(MachinesId, "計測環境", machines.Where(m => m.Records.Count > 0).Select(m => (Machine: m, Record: m.Records[0])),
            [
                ("CPU", "cpu", false, x => Cell.Of(x.Machine.Machine.CpuModel)),
                ("論理コア数", "cores", true, x => Numeric(x.Machine.Machine.LogicalCores, "0")),
                ("メモリ（GB）", "memory_gb", true, x => Numeric(x.Machine.Machine.MemoryBytes / 1e9, "0.0")),
                ("OS", "os", false, x => Cell.Of($"{x.Machine.Machine.OperatingSystem}（{x.Machine.Machine.Architecture}）")),
                ("メモリ読み出し帯域（GB/秒）", "bandwidth", true, x => x.Machine.Machine.MemoryBandwidthBytesPerSecond is { } bw ? Numeric(bw / 1e9, "0.0") : Cell.Of(null)),
                ("推論エンジン", "engine", false, x => Cell.Of(string.Join("、", x.Machine.Records.Select(r => r.Key.Engine).Distinct().Order(StringComparer.Ordinal)))),
                ("計測日（UTC）", "measured", false, x => Cell.Of(BenchLabels.Date(x.Machine.Records.Max(r => r.MeasuredUtc) ?? string.Empty))),
                ("マシン識別子", "fingerprint", false, x => Cell.Of(x.Machine.Machine.Fingerprint)),
            ]);

    private static TableModel Build(
        string id,
        string title,
        IEnumerable<(MachineResults Machine, BenchRecord Record)> rows,
        IReadOnlyList<(string Label, string Key, bool Numeric, Func<(MachineResults Machine, BenchRecord Record), Cell> Cell)> columns)
    {
        var list = rows.ToList();
        var measured = list.Select(x => x.Record.MeasuredUtc).Max(StringComparer.Ordinal);
        return new TableModel(
            id,
            title,
            IsList: false,
            [.. columns.Select(c => new TableColumn(c.Label, c.Key, c.Numeric))],
            [.. list.Select(x => new TableRow([.. columns.Select(c => c.Cell(x))], null, null))],
            [],
            measured is null ? null : BenchLabels.Date(measured));
    }

    private static Cell Numeric(double value, string format, string suffix = "") =>
        new(BenchLabels.Number(value, format) + suffix, Html.Escape(BenchLabels.Number(value, format) + suffix), BenchLabels.Sort(value));

    private static Cell Rate(Bench.Statistics.SampleSummary? summary) =>
        summary is null ? Cell.Of(null) : new(BenchLabels.Rate(summary), Html.Escape(BenchLabels.Rate(summary)), BenchLabels.Sort(summary.Mean));

    private static Cell Kl(double? value) =>
        value is { } kl ? Numeric(kl, kl < 0.001 ? "0.000000" : "0.0000") : Cell.Of("基準");
}
