using System.Globalization;
using SlmGuide.Bench.Quantization;
using SlmGuide.Data.Diagnostics;

namespace SlmGuide.Bench.Suite;

/// <summary>
/// Adds, for each twin of the suite, one memory probe per context size of <c>memory_contexts</c>:
/// the twin's <c>memory_type</c> file loaded with a context of that size, measured for peak
/// memory only. The weights are the same at every context; the KV cache and compute buffers grow.
/// A probe runs on the first of the model's engines: memory at a long context is slow to reach and
/// says little about the binding, so it is not repeated per engine.
/// </summary>
public static class TwinMemoryProbes
{
    public static List<PlannedModel> Add(List<PlannedModel> planned, SuiteParameters parameters, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(planned);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (parameters.MemoryContexts.Count == 0)
        {
            return planned;
        }

        foreach (var context in parameters.MemoryContexts.Where(c => c is < 16 or > 1_048_576))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SuiteParameterOutOfRange, parameters.LocationOf("memory_contexts"), string.Create(CultureInfo.InvariantCulture, $"memory context {context} must be from 16 to 1048576"), "change the value under `parameters:`"));
        }

        var probes = new List<PlannedModel>();
        foreach (var family in planned.Where(m => m.Twin is not null).GroupBy(m => m.Family, StringComparer.Ordinal))
        {
            var measured = family.FirstOrDefault(m => m.ProbeOf is null && TypeName(m) == parameters.MemoryType);
            if (measured is null)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SuiteModelSource, family.First().Location, $"model `{family.Key}` has no {parameters.MemoryType} file to measure memory with", $"add {parameters.MemoryType} to its `variants`, or change `memory_type`"));
                continue;
            }

            var maximum = measured.Twin!.Architecture.ContextLength;
            foreach (var context in parameters.MemoryContexts.Select(c => Math.Min(c, maximum)).Distinct())
            {
                probes.Add(measured with
                {
                    Id = string.Create(CultureInfo.InvariantCulture, $"{measured.Id}-ctx{context}"),
                    ProbeOf = measured.Id,
                    MemoryContext = context,
                    Engines = [measured.Engines[0]],
                });
            }
        }

        return [.. planned, .. probes];
    }

    private static string TypeName(PlannedModel model) =>
        ModelQuantizer.DisplayName(model.QuantizationType ?? model.Twin!.FileType);
}
