using SlmGuide.Data.Bench;
using SlmGuide.Site.Tables;

namespace SlmGuide.Site.Benchmarks;

/// <summary>
/// The 「エンジン別の速度」 table: for each model that both engines measured on the same machine
/// with the same parameters, LLamaSharp's rates beside llama.cpp's and their ratio, computed here
/// from the stored records (each engine's latest), never written by hand.
/// </summary>
internal sealed class EngineComparison(IReadOnlyList<MachineResults> machines)
{
    private const string DotNetEngine = "LLamaSharp";
    private const string NativeEngine = "llama.cpp";

    public TableModel Build()
    {
        var pairs = machines
            .SelectMany(m => m.Records
                .Where(r => !BenchLabels.IsProbe(r))
                .GroupBy(r => (r.Model.Id, r.Key.PromptTokens, r.Key.GeneratedTokens, r.Key.Repetitions, r.Key.Threads))
                .Select(group => (Machine: m.Machine, DotNet: Latest(group, DotNetEngine), Native: Latest(group, NativeEngine))))
            .Where(pair => pair.DotNet is not null && pair.Native is not null)
            .Select(pair => (pair.Machine, DotNet: pair.DotNet!, Native: pair.Native!))
            .OrderBy(pair => pair.Machine.Fingerprint, StringComparer.Ordinal)
            .ThenBy(pair => pair.Native.Model.Family, StringComparer.Ordinal)
            .ThenByDescending(pair => pair.Native.Model.FileBytes)
            .ToList();
        TableColumn[] columns =
        [
            new("モデル", "model", false),
            new("種別", "type", false),
            new($"プロンプト処理 {DotNetEngine}（トークン/秒）", "pp_llamasharp", true),
            new($"プロンプト処理 {NativeEngine}（トークン/秒）", "pp_llamacpp", true),
            new($"プロンプト処理の比（{DotNetEngine} ÷ {NativeEngine}）", "pp_ratio", true),
            new($"生成 {DotNetEngine}（トークン/秒）", "tg_llamasharp", true),
            new($"生成 {NativeEngine}（トークン/秒）", "tg_llamacpp", true),
            new($"生成の比（{DotNetEngine} ÷ {NativeEngine}）", "tg_ratio", true),
            new("条件", "conditions", false),
            new("マシン", "machine", false),
        ];
        var rows = pairs.Select(pair => new TableRow(
            [
                Cell.Of(BenchLabels.Family(pair.Native)),
                Cell.Of(pair.Native.Model.Type),
                Rate(pair.DotNet.PromptTokensPerSecond),
                Rate(pair.Native.PromptTokensPerSecond),
                Ratio(pair.DotNet.PromptTokensPerSecond, pair.Native.PromptTokensPerSecond),
                Rate(pair.DotNet.GeneratedTokensPerSecond),
                Rate(pair.Native.GeneratedTokensPerSecond),
                Ratio(pair.DotNet.GeneratedTokensPerSecond, pair.Native.GeneratedTokensPerSecond),
                Cell.Of(BenchLabels.Conditions(pair.Native)),
                Cell.Of(pair.Machine.CpuModel),
            ],
            null,
            null)).ToList();
        var measured = pairs.SelectMany(pair => new[] { pair.DotNet.MeasuredUtc, pair.Native.MeasuredUtc }).Max(StringComparer.Ordinal);
        return new TableModel(BenchTables.EnginesId, "実測: エンジン別の速度", IsList: false, columns, rows, [], measured is null ? null : BenchLabels.Date(measured));
    }

    private static BenchRecord? Latest(IEnumerable<BenchRecord> records, string engine) =>
        records.Where(r => r.Key.EngineName() == engine).MaxBy(r => r.MeasuredUtc, StringComparer.Ordinal);

    private static Cell Rate(SampleSummary? rate) => rate is null ? Cell.Of(null) : BenchLabels.Number(rate.Mean, "0.0");

    private static Cell Ratio(SampleSummary? dotNet, SampleSummary? native) =>
        dotNet is null || native is null || native.Mean <= 0 ? Cell.Of(null) : BenchLabels.Number(dotNet.Mean / native.Mean, "0.00");

}
