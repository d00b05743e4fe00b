using System.Text.Json;
using System.Text.Json.Nodes;

namespace SlmGuide.Bench.Results;

/// <summary>
/// The benchmark results under <c>data/bench/results/</c>: one JSON file per machine fingerprint,
/// so results from several machines sit side by side and each machine only ever writes its own file.
/// Writes merge into what is on disk under an exclusive lock (re-read, merge, write a temporary file,
/// rename), so concurrent runs lose nothing, readers never see half a file, and records this
/// version does not know are kept verbatim.
/// </summary>
public sealed class ResultsStore(string directory)
{
    public const int SchemaVersion = 1;

    private static readonly TimeSpan LockPatience = TimeSpan.FromMinutes(5);

    public string Directory { get; } = Path.GetFullPath(directory);

    public string PathFor(string machineFingerprint) => Path.Combine(Directory, $"{machineFingerprint}.json");

    /// <summary>The stored record with this id, or null.</summary>
    public BenchRecord? Find(string machineFingerprint, string id)
    {
        var records = ReadDocument(PathFor(machineFingerprint))?["records"] as JsonArray;
        var node = records?.FirstOrDefault(record => record?["id"] is JsonValue value && value.TryGetValue<string>(out var text) && text == id);
        return node is null ? null : TryRead(node);
    }

    /// <summary>The machine block stored for a fingerprint (with its latest bandwidth), or null.</summary>
    public MachineRecord? FindMachine(string machineFingerprint)
    {
        var node = ReadDocument(PathFor(machineFingerprint))?["machine"];
        try
        {
            return node?.Deserialize<MachineRecord>(ResultsJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Every record of one machine this version can read, in file order; others stay in the file untouched.</summary>
    public IReadOnlyList<BenchRecord> Load(string machineFingerprint)
    {
        if (ReadDocument(PathFor(machineFingerprint))?["records"] is not JsonArray records)
        {
            return [];
        }

        return [.. records.Select(node => node is null ? null : TryRead(node)).OfType<BenchRecord>()];
    }

    private static BenchRecord? TryRead(JsonNode node)
    {
        try
        {
            return node.Deserialize<BenchRecord>(ResultsJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Adds or replaces <paramref name="records"/> (matched by id) in the machine's file and updates
    /// its machine block; a bandwidth missing from <paramref name="machine"/> keeps the stored one.
    /// </summary>
    public void Merge(MachineRecord machine, IReadOnlyCollection<BenchRecord> records)
    {
        ArgumentNullException.ThrowIfNull(machine);
        ArgumentNullException.ThrowIfNull(records);
        System.IO.Directory.CreateDirectory(Directory);
        var path = PathFor(machine.Fingerprint);
        using var exclusive = AcquireLock(path);

        var existing = ReadDocument(path);
        var byId = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        if (existing?["records"] is JsonArray stored)
        {
            foreach (var node in stored.OfType<JsonObject>())
            {
                if (node["id"] is JsonValue value && value.TryGetValue<string>(out var id))
                {
                    byId[id] = node.DeepClone();
                }
            }
        }

        foreach (var record in records)
        {
            byId[record.Id] = JsonSerializer.SerializeToNode(record, ResultsJson.Options)!;
        }

        var storedMachine = existing?["machine"]?.Deserialize<MachineRecord>(ResultsJson.Options);
        if (machine.MemoryBandwidthBytesPerSecond is null && storedMachine?.Fingerprint == machine.Fingerprint)
        {
            machine = machine with
            {
                MemoryBandwidthBytesPerSecond = storedMachine.MemoryBandwidthBytesPerSecond,
                MemoryBandwidthMeasuredUtc = storedMachine.MemoryBandwidthMeasuredUtc,
            };
        }

        // Sorted by model then id so a re-run changes only the lines of the records it replaced.
        var ordered = byId.Values
            .OrderBy(node => (string?)node["model"]?["id"] ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(node => (string)node["id"]!, StringComparer.Ordinal);
        var document = new JsonObject
        {
            ["schema"] = SchemaVersion,
            ["machine"] = JsonSerializer.SerializeToNode(machine, ResultsJson.Options),
            ["records"] = new JsonArray([.. ordered]),
        };
        WriteAtomically(path, document.ToJsonString(ResultsJson.Options) + "\n");
    }

    private static JsonObject? ReadDocument(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(File.ReadAllText(path)) as JsonObject
                ?? throw new InvalidDataException($"{path}: a results file must hold one JSON object; fix or delete the file.");
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"{path}: not valid JSON ({exception.Message}); fix the file or delete it to start over.", exception);
        }
    }

    private static void WriteAtomically(string path, string text)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(System.Text.Encoding.UTF8.GetBytes(text));
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>
    /// An exclusive lock on a sibling file that is never deleted: deleting a lock file lets a waiting
    /// process lock the old inode while a newcomer locks a new one, and both would write.
    /// </summary>
    private static FileStream AcquireLock(string path)
    {
        var lockPath = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.lock");
        var deadline = DateTime.UtcNow + LockPatience;
        while (true)
        {
            try
            {
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(25);
            }
        }
    }
}
