using System.Globalization;
using SlmGuide.Bench.Native;
using SlmGuide.Bench.Quantization;
using SlmGuide.Bench.Twins;
using SlmGuide.Data.Bench;

namespace SlmGuide.Bench.Estimate;

/// <summary>
/// Compares the estimate with every measured twin of one machine, leave-one-out: the efficiency and
/// the runtime overhead used for a twin are fitted (as medians) to the other twins only, so no twin
/// is predicted from its own measurement.
/// </summary>
public static class TwinEstimateValidation
{
    public static IReadOnlyList<EstimateComparison> Compare(MachineResults results, IReadOnlyDictionary<string, TwinArchitecture> twins)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(twins);
        var bandwidth = results.Machine.MemoryBandwidthBytesPerSecond;
        var measured = results.Records
            .Where(r => r.Model.TwinOf is { } of && twins.ContainsKey(of))
            .Select(r => (Record: r, Twin: twins[r.Model.TwinOf!], Type: FileType(r.Model.Type)))
            .Where(m => m.Type is not null)
            .ToList();

        var speeds = measured.Where(m => m.Record.ContextSize is null && m.Record.GeneratedTokensPerSecond is not null && bandwidth is not null)
            .Select(m => (m.Twin.TwinOf, m.Record, m.Twin, Type: m.Type!.Value, Efficiency: TwinSpeedModel.Efficiency(m.Twin, m.Type!.Value, bandwidth!.Value, m.Record.GeneratedTokensPerSecond!.Mean)))
            .ToList();
        var memories = measured.Where(m => m.Record.ContextSize is not null && m.Record.PeakResidentBytes is not null)
            .Select(m => (m.Twin.TwinOf, m.Record, m.Twin, Type: m.Type!.Value, Overhead: m.Record.PeakResidentBytes!.Value - (double)TwinMemoryModel.ModelBytes(m.Twin, m.Type!.Value, m.Record.ContextSize!.Value)))
            .ToList();

        var rows = new List<EstimateComparison>();
        foreach (var speed in speeds)
        {
            var efficiency = Median(speeds.Where(s => s.TwinOf != speed.TwinOf).Select(s => s.Efficiency));
            var estimate = efficiency is { } e ? TwinSpeedModel.TokensPerSecond(speed.Twin, speed.Type, bandwidth!.Value, e) : (double?)null;
            rows.Add(new EstimateComparison(speed.TwinOf, ModelQuantizer.DisplayName(speed.Type), string.Create(CultureInfo.InvariantCulture, $"tg{speed.Record.Key.GeneratedTokens} t/s"), speed.Record.GeneratedTokensPerSecond!.Mean, estimate));
        }

        foreach (var memory in memories)
        {
            var overhead = Median(memories.Where(m => m.TwinOf != memory.TwinOf).Select(m => m.Overhead));
            var context = memory.Record.ContextSize!.Value;
            var estimate = overhead is { } o ? TwinMemoryModel.ModelBytes(memory.Twin, memory.Type, context) + Math.Max(0, o) : (double?)null;
            rows.Add(new EstimateComparison(memory.TwinOf, ModelQuantizer.DisplayName(memory.Type), string.Create(CultureInfo.InvariantCulture, $"peak MB @ctx {context}"), memory.Record.PeakResidentBytes!.Value / 1e6, estimate / 1e6));
        }

        return rows;
    }

    /// <summary>The overhead fitted to every measured twin of the machine, for estimates of models not measured.</summary>
    public static (double? Efficiency, double? OverheadBytes) Fit(MachineResults results, IReadOnlyDictionary<string, TwinArchitecture> twins)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(twins);
        var bandwidth = results.Machine.MemoryBandwidthBytesPerSecond;
        var twinRecords = results.Records.Where(r => r.Model.TwinOf is { } of && twins.ContainsKey(of) && FileType(r.Model.Type) is not null).ToList();
        var efficiency = bandwidth is null ? null : Median(twinRecords
            .Where(r => r.ContextSize is null && r.GeneratedTokensPerSecond is not null)
            .Select(r => TwinSpeedModel.Efficiency(twins[r.Model.TwinOf!], FileType(r.Model.Type)!.Value, bandwidth.Value, r.GeneratedTokensPerSecond!.Mean)));
        var overhead = Median(twinRecords
            .Where(r => r.ContextSize is not null && r.PeakResidentBytes is not null)
            .Select(r => r.PeakResidentBytes!.Value - (double)TwinMemoryModel.ModelBytes(twins[r.Model.TwinOf!], FileType(r.Model.Type)!.Value, r.ContextSize!.Value)));
        return (efficiency, overhead);
    }

    public static double? Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static LlamaFileType? FileType(string name) =>
        TwinTypePlan.Supported.Cast<LlamaFileType?>().FirstOrDefault(t => ModelQuantizer.DisplayName(t!.Value) == name);
}
