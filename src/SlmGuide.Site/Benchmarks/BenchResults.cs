using System.Text.Json;
using System.Text.Json.Nodes;
using SlmGuide.Bench.Results;
using SlmGuide.Data;
using SlmGuide.Data.Diagnostics;

namespace SlmGuide.Site.Benchmarks;

/// <summary>One machine's results file: its provenance block and the records this version can read.</summary>
public sealed record MachineResults(MachineRecord Machine, IReadOnlyList<BenchRecord> Records);

/// <summary>
/// Reads data/bench/results/*.json, written only by <c>slmguide bench</c>. The site shows these
/// numbers and nothing else, so an unreadable file is an error rather than a silently empty table.
/// </summary>
public static class BenchResults
{
    public const string Folder = "data/bench/results";

    public static IReadOnlyList<MachineResults> Load(SiteRoot root, DiagnosticBag diagnostics)
    {
        var folder = root.Resolve(Folder);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return [.. Directory.EnumerateFiles(folder, "*.json")
            .Order(StringComparer.Ordinal)
            .Select(path => Read(path, root.Display(path), diagnostics))
            .OfType<MachineResults>()];
    }

    private static MachineResults? Read(string path, string display, DiagnosticBag diagnostics)
    {
        try
        {
            var document = JsonNode.Parse(File.ReadAllText(path)) as JsonObject;
            var machine = document?["machine"]?.Deserialize<MachineRecord>(ResultsJson.Options);
            if (machine is null)
            {
                Report(diagnostics, display, "the file has no `machine` block");
                return null;
            }

            var records = (document!["records"] as JsonArray ?? [])
                .OfType<JsonObject>()
                .Select(node => node.Deserialize<BenchRecord>(ResultsJson.Options))
                .OfType<BenchRecord>()
                .ToList();
            return new MachineResults(machine, records);
        }
        catch (JsonException exception)
        {
            Report(diagnostics, display, $"not valid results JSON ({exception.Message})");
            return null;
        }
    }

    private static void Report(DiagnosticBag diagnostics, string display, string message) =>
        diagnostics.Add(Diagnostic.Error(
            DiagnosticCodes.BenchResultsUnreadable,
            SourceLocation.StartOf(display),
            message,
            "results are written by `slmguide bench`; restore the file from git or delete it and re-run the benchmark"));
}
