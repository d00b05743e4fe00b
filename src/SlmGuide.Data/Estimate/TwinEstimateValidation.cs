using System.Globalization;
using SlmGuide.Data.Bench;
using SlmGuide.Data.Twins;

namespace SlmGuide.Data.Estimate;

/// <summary>
/// Compares the estimate with every measured twin of one machine, leave-one-out: the efficiencies and
/// the runtime overhead used for a twin are fitted to the other twins only, so no twin is predicted
/// from its own measurement.
/// </summary>
public static class TwinEstimateValidation
{
    public static IReadOnlyList<EstimateComparison> Compare(MachineResults results, IReadOnlyDictionary<string, TwinArchitecture> twins)
    {
        var measured = TwinMeasurements.Of(results, twins);
        var rows = new List<EstimateComparison>();
        foreach (var speed in measured.Speeds)
        {
            var fitted = TwinFit.Of(measured, excludedTwin: speed.Twin.TwinOf);
            var engine = speed.Record.Key.EngineName();
            var estimate = fitted.EfficiencyFor(engine, speed.Record.Model.Type) is { } e && measured.Bandwidth is { } bandwidth
                ? TwinSpeedModel.TokensPerSecond(speed.Twin, speed.Record.Model.WeightBytes, bandwidth, e)
                : (double?)null;
            rows.Add(new EstimateComparison(speed.Twin.TwinOf, speed.Record.Model.Type, string.Create(CultureInfo.InvariantCulture, $"tg{speed.Record.Key.GeneratedTokens} t/s, {engine}"), speed.Record.GeneratedTokensPerSecond!.Mean, estimate));
        }

        foreach (var memory in measured.Memories)
        {
            var fitted = TwinFit.Of(measured, excludedTwin: memory.Twin.TwinOf);
            var context = memory.Record.ContextSize!.Value;
            var estimate = fitted.OverheadFor(memory.Record.Model.WeightBytes) is { } overhead
                ? TwinMemoryModel.Estimate(memory.Twin, memory.Record.Model.WeightBytes, context, overhead).TotalBytes
                : (double?)null;
            rows.Add(new EstimateComparison(memory.Twin.TwinOf, memory.Record.Model.Type, string.Create(CultureInfo.InvariantCulture, $"peak MB @ctx {context}"), memory.Record.PeakResidentBytes!.Value / 1e6, estimate / 1e6));
        }

        return rows;
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
}
