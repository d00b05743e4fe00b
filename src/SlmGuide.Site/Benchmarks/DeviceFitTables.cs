using System.Globalization;
using SlmGuide.Data.Bench;
using SlmGuide.Data.Binding;
using SlmGuide.Data.Estimate;
using SlmGuide.Data.Survey;
using SlmGuide.Data.Twins;
using SlmGuide.Site.Tables;

namespace SlmGuide.Site.Benchmarks;

/// <summary>
/// The estimates built on the measured twins: for every device of data/survey/devices.yaml (each
/// memory size it is sold with) and every twinned model and type, the memory at
/// <see cref="DeviceFit.Context"/> tokens, whether that fits, and the generation speed the
/// device's bandwidth allows; and, for a model's page, its memory at several context lengths.
/// Both are fitted on the machine that measured the most twins, and every figure says 推定.
/// </summary>
public sealed class DeviceFitTables
{
    public const string FitId = "device-fit";

    /// <summary>Sizes a reader checks a machine by, for devices sold in many and for "a machine with 8 GB".</summary>
    public static IReadOnlyList<int> CommonMemorySizes { get; } = [4, 8, 16, 32];

    private static readonly int[] PageContexts = [2048, 4096, 8192, 16384, 32768];

    /// <summary>The page section that explains the estimate (its heading's id).</summary>
    public const string MethodUrl = "/devices/#推定の方法";

    private readonly SurveyData _survey;
    private readonly SitePaths _paths;
    private readonly Basis? _basis;

    public DeviceFitTables(IReadOnlyList<MachineResults> machines, IReadOnlyDictionary<string, TwinArchitecture> twins, SurveyData survey, SitePaths paths)
    {
        ArgumentNullException.ThrowIfNull(machines);
        _survey = survey;
        _paths = paths;
        _basis = machines
            .Select(machine => (Machine: machine, Measured: TwinMeasurements.Of(machine, twins)))
            .Where(pair => pair.Measured.Speeds.Count > 0)
            .OrderByDescending(pair => pair.Measured.Speeds.Count)
            .ThenBy(pair => pair.Machine.Machine.Fingerprint, StringComparer.Ordinal)
            .Select(pair => new Basis(pair.Machine, LatestPerType(pair.Measured.Speeds), TwinFit.Of(pair.Measured)))
            .FirstOrDefault();
    }

    public IReadOnlyDictionary<string, TableModel> BuildAll() => new Dictionary<string, TableModel>(StringComparer.Ordinal)
    {
        [FitId] = Fit(FitId, "推定: このデバイスで動くか（文脈長4,096トークン）", _ => true),
    };

    /// <summary>A model's memory at several contexts and its speed on each device, for its page; nothing for a model without a twin.</summary>
    public IEnumerable<TableModel> ForModel(string modelId)
    {
        if (_basis is null || !_basis.Speeds.Any(m => m.Twin.TwinOf == modelId))
        {
            yield break;
        }

        yield return Contexts(modelId);
        yield return Fit($"model-{modelId}-devices", "推定: 機器ごとのメモリと生成速度（文脈長4,096トークン）", m => m.Twin.TwinOf == modelId);
    }

    private TableModel Fit(string id, string title, Func<TwinMeasurement, bool> models)
    {
        TableColumn[] columns =
        [
            new("機器", "device", false),
            new("種類", "kind", false, IsFacet: true),
            new("メモリ（GB）", "memory_gb", true) { IsRange = true },
            new("メモリ帯域（GB/秒）", "bandwidth", true),
            new("モデル", "model", false),
            new("種別", "type", false, IsFacet: true),
            new("日本語対応", "japanese", false, IsFacet: true),
            new("公開/商用", "availability", false, IsFacet: true),
            new("必要メモリ（推定、GB）", "memory_needed_gb", true),
            new("判定（推定）", "fit", false, IsFacet: true),
            new("生成速度（推定、トークン/秒）", "tg_estimate", true),
        ];
        var rows = new List<TableRow>();
        if (_basis is not null)
        {
            foreach (var (device, memory) in Machines())
            {
                foreach (var measured in _basis.Speeds.Where(models))
                {
                    rows.Add(FitRow(device, memory, measured, _basis));
                }
            }
        }

        return new TableModel(id, title, IsList: false, columns, rows, [], _basis is null ? null : Measured(_basis)) { Method = EstimateMethod };
    }

    private TableRow FitRow(Device? device, int memory, TwinMeasurement measured, Basis basis)
    {
        var model = _survey.ModelsById.GetValueOrDefault(measured.Twin.TwinOf);
        var needed = MemoryAt(measured, DeviceFit.Context, basis.Fit);
        var verdict = needed is { } bytes ? DeviceFit.Verdict(bytes, memory) : (FitVerdict?)null;
        var speed = device?.BandwidthGbPerSecond is { } bandwidth && basis.Fit.EfficiencyFor(measured.Record.Key.EngineName(), measured.Record.Model.Type) is { } efficiency
            ? TwinSpeedModel.TokensPerSecond(measured.Twin, measured.Record.Model.WeightBytes, bandwidth * 1e9, efficiency)
            : (double?)null;
        return new TableRow(
            [
                device is null ? Cell.Of($"メモリ{memory}GBの機器") : Cell.Of(device.Name),
                device is null ? Cell.Of("（メモリ容量のみ）") : FieldCells.Of(device.Kind, _survey),
                BenchLabels.Number(memory, "0"),
                device is null ? Cell.Of(null) : device.BandwidthGbPerSecond is { } gb ? BenchLabels.Number(gb, "0.#") : Cell.Unconfirmed,
                model is null ? Cell.Of(measured.Twin.TwinOf) : Cell.Link(model.Name, _paths.Href(SitePaths.ModelUrl(model.Id))),
                Cell.Of(measured.Record.Model.Type),
                FieldCells.Of(model?.Japanese, _survey),
                FieldCells.Of(model?.Availability, _survey),
                needed is { } n ? BenchLabels.Number(n / 1e9, "0.00") : Cell.Of(null),
                verdict is { } v ? FieldCells.Of(v, _survey) with { Html = $"<span class=\"fit fit-{v.ToString().ToLowerInvariant()}\">{Html.Escape(EnumLabels.LabelOf(v))}</span>" } : Cell.Of(null),
                speed is { } s ? BenchLabels.Number(s, "0.0") : device is null ? Cell.Of(null) : Cell.Unconfirmed,
            ],
            null,
            null)
        {
            ModelId = model?.Id,
        };
    }

    private TableModel Contexts(string modelId)
    {
        var basis = _basis!;
        var measured = basis.Speeds.Where(m => m.Twin.TwinOf == modelId).ToList();
        var maximum = measured[0].Twin.ContextLength;
        var contexts = PageContexts.Where(c => c <= maximum).ToList();
        TableColumn[] columns =
        [
            new("種別", "type", false),
            .. contexts.Select(c => new TableColumn($"文脈長{c.ToString("N0", CultureInfo.InvariantCulture)}（推定、GB）", $"memory_{c}", true)),
        ];
        var rows = measured.Select(m => new TableRow(
            [
                Cell.Of(m.Record.Model.Type),
                .. contexts.Select(c => MemoryAt(m, c, basis.Fit) is { } bytes ? BenchLabels.Number(bytes / 1e9, "0.00") : Cell.Of(null)),
            ],
            null,
            null)).ToList();
        return new TableModel($"model-{modelId}-contexts", "推定: 文脈長ごとのメモリ", IsList: false, columns, rows, [], Measured(basis)) { Method = EstimateMethod };
    }

    // Every device at each memory size it is sold with; a device whose sizes no source gave, and a
    // reader's own machine, at the common sizes.
    private IEnumerable<(Device? Device, int Memory)> Machines()
    {
        foreach (var device in _survey.Devices.Devices)
        {
            var sizes = device.MemoryGb.Count > 0 && !device.Unconfirmed.Contains("memory_gb") ? device.MemoryGb : CommonMemorySizes;
            foreach (var size in sizes)
            {
                yield return (device, size);
            }
        }

        foreach (var size in CommonMemorySizes)
        {
            yield return (null, size);
        }
    }

    private static double? MemoryAt(TwinMeasurement measured, int context, TwinFit fit) =>
        fit.OverheadFor(measured.Record.Model.WeightBytes) is { } overhead
            ? TwinMemoryModel.Estimate(measured.Twin, measured.Record.Model.WeightBytes, context, overhead).TotalBytes
            : null;

    // One figure per model and type: a re-run with another engine version adds a record, the newest counts.
    private static IReadOnlyList<TwinMeasurement> LatestPerType(IEnumerable<TwinMeasurement> speeds) =>
        [.. speeds
            .Where(m => m.Record.Key.EngineName() == "llama.cpp")
            .GroupBy(m => (m.Twin.TwinOf, m.Record.Model.Type))
            .Select(group => group.MaxBy(m => m.Record.MeasuredUtc, StringComparer.Ordinal)!)
            .OrderBy(m => m.Record.Model.ParameterCount)
            .ThenBy(m => m.Twin.TwinOf, StringComparer.Ordinal)
            .ThenByDescending(m => m.Record.Model.WeightBytes)];

    private TableMethod EstimateMethod => new(
        Html.Escape($"推定（{BenchLabels.TwinLabel}の実測から計算、{_basis?.Machine.Machine.CpuModel}で計測）"),
        Html.Escape(_paths.Href(MethodUrl)));

    private static string Measured(Basis basis) =>
        BenchLabels.Date(basis.Speeds.Select(m => m.Record.MeasuredUtc).Max(StringComparer.Ordinal) ?? string.Empty);



    private sealed record Basis(MachineResults Machine, IReadOnlyList<TwinMeasurement> Speeds, TwinFit Fit);
}
