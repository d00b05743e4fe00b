using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SlmGuide.Data.Bench;

/// <summary>
/// The one writer of results files: records sorted by model then id, so a re-run changes only the
/// lines of the records it replaced, written to a temporary file and renamed into place, so a
/// reader never sees half a file.
/// </summary>
public static class ResultsFileWriter
{
    /// <summary>
    /// Writes <paramref name="machine"/> and <paramref name="records"/>; the fields of
    /// <paramref name="previous"/> this version does not know (in the machine block and at the top)
    /// are written again as they were.
    /// </summary>
    public static void Write(string path, MachineRecord machine, IEnumerable<JsonObject> records, ResultsDocument? previous = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(machine);
        ArgumentNullException.ThrowIfNull(records);
        var machineJson = previous?.MachineJson?.DeepClone().AsObject() ?? [];
        foreach (var (name, value) in JsonSerializer.SerializeToNode(machine, ResultsJson.Options)!.AsObject())
        {
            machineJson[name] = value?.DeepClone();
        }

        var ordered = records
            .Select(node => node.DeepClone())
            .OrderBy(node => (string?)node["model"]?["id"] ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(node => (string?)node["id"] ?? string.Empty, StringComparer.Ordinal);
        var document = new JsonObject
        {
            ["schema"] = ResultsFileReader.SchemaVersion,
            ["machine"] = machineJson,
            ["records"] = new JsonArray([.. ordered]),
        };
        foreach (var (name, value) in previous?.Unknown ?? new Dictionary<string, JsonNode?>())
        {
            document[name] = value?.DeepClone();
        }

        WriteAtomically(path, document.ToJsonString(ResultsJson.Options) + "\n");
    }

    /// <summary>A record as the writer stores it.</summary>
    public static JsonObject ToJson(BenchRecord record) => JsonSerializer.SerializeToNode(record, ResultsJson.Options)!.AsObject();

    private static void WriteAtomically(string path, string text)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(Encoding.UTF8.GetBytes(text));
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
