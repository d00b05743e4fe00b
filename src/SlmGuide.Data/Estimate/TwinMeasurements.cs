using SlmGuide.Data.Bench;
using SlmGuide.Data.Twins;

namespace SlmGuide.Data.Estimate;

/// <summary>One stored measurement of a twin, with the shape it was generated from.</summary>
public sealed record TwinMeasurement(BenchRecord Record, TwinArchitecture Twin);

/// <summary>
/// A machine's measured twins, split into the two kinds of record the estimate is fitted to: speed
/// runs (tg) and memory probes (peak resident memory at one context size, no speed).
/// </summary>
public sealed record TwinMeasurements(double? Bandwidth, IReadOnlyList<TwinMeasurement> Speeds, IReadOnlyList<TwinMeasurement> Memories)
{
    public static TwinMeasurements Of(MachineResults results, IReadOnlyDictionary<string, TwinArchitecture> twins)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(twins);
        var measured = results.Records
            .Where(r => r.Model.TwinOf is { } of && twins.ContainsKey(of))
            .Select(r => new TwinMeasurement(r, twins[r.Model.TwinOf!]))
            .ToList();
        return new TwinMeasurements(
            results.Machine.MemoryBandwidthBytesPerSecond,
            [.. measured.Where(m => m.Record.ContextSize is null && m.Record.GeneratedTokensPerSecond is not null)],
            [.. measured.Where(m => m.Record.ContextSize is not null && m.Record.PeakResidentBytes is not null)]);
    }
}
