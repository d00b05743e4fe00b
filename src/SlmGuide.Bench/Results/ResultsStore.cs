using System.Text.Json.Nodes;
using SlmGuide.Data.Bench;
using SlmGuide.Data.Diagnostics;

namespace SlmGuide.Bench.Results;

/// <summary>
/// The benchmark results under <c>data/bench/results/</c>: one JSON file per machine fingerprint,
/// so results from several machines sit side by side and each machine only ever writes its own file.
/// Writes merge into what is on disk under an exclusive lock (re-read, merge, write a temporary file,
/// rename), so concurrent runs lose nothing and readers never see half a file. A file the shared
/// reader cannot read in full is never rewritten: its diagnostics come back instead.
/// </summary>
/// <param name="directory">The results folder.</param>
/// <param name="rootDirectory">The site root, so diagnostics name files as the author sees them; null names them by full path.</param>
public sealed class ResultsStore(string directory, string? rootDirectory = null)
{
    private static readonly TimeSpan LockPatience = TimeSpan.FromMinutes(5);

    public string Directory { get; } = Path.GetFullPath(directory);

    public string PathFor(string machineFingerprint) => Path.Combine(Directory, $"{machineFingerprint}.json");

    /// <summary>The machine's file as the shared reader sees it, with a diagnostic for every part it cannot read.</summary>
    public ResultsDocument Read(string machineFingerprint)
    {
        var path = PathFor(machineFingerprint);
        return ResultsFileReader.Read(path, Display(path));
    }

    /// <summary>The stored record with this id, or null.</summary>
    public BenchRecord? Find(string machineFingerprint, string id) =>
        Read(machineFingerprint).Records.FirstOrDefault(stored => stored.Record.Id == id)?.Record;

    /// <summary>The machine block stored for a fingerprint (with its latest bandwidth), or null.</summary>
    public MachineRecord? FindMachine(string machineFingerprint) => Read(machineFingerprint).Machine;

    /// <summary>Every readable record of one machine, in file order.</summary>
    public IReadOnlyList<BenchRecord> Load(string machineFingerprint) =>
        [.. Read(machineFingerprint).Records.Select(stored => stored.Record)];

    /// <summary>
    /// Adds or replaces <paramref name="records"/> in the machine's file and updates its machine
    /// block; a bandwidth missing from <paramref name="machine"/> keeps the stored one. A record
    /// replaces the stored one with its id, and any stored record of the same measurement made by
    /// an older method (<see cref="MeasurementMethod"/>). Returns the diagnostics of a stored
    /// file that cannot be read in full, which is then left as it is; empty when the merge is written.
    /// </summary>
    public IReadOnlyList<Diagnostic> Merge(MachineRecord machine, IReadOnlyCollection<BenchRecord> records)
    {
        ArgumentNullException.ThrowIfNull(machine);
        ArgumentNullException.ThrowIfNull(records);
        System.IO.Directory.CreateDirectory(Directory);
        var path = PathFor(machine.Fingerprint);
        using var exclusive = AcquireLock(path);

        var existing = ResultsFileReader.Read(path, Display(path));
        if (!existing.IsComplete)
        {
            return existing.Diagnostics;
        }

        var kept = existing.Records
            .Where(stored => !records.Any(record => record.Id == stored.Record.Id || Supersedes(record.Key, stored.Record.Key)))
            .Select(stored => stored.Json);
        var added = records.Select(ResultsFileWriter.ToJson);

        if (machine.MemoryBandwidthBytesPerSecond is null && existing.Machine is { } stored && stored.Fingerprint == machine.Fingerprint)
        {
            machine = machine with
            {
                MemoryBandwidthBytesPerSecond = stored.MemoryBandwidthBytesPerSecond,
                MemoryBandwidthMeasuredUtc = stored.MemoryBandwidthMeasuredUtc,
            };
        }

        ResultsFileWriter.Write(path, machine, [.. kept, .. added], existing);
        return [];
    }

    // The same measurement by an older method is out of date once the current method has measured it.
    private static bool Supersedes(RecordKey newer, RecordKey older) =>
        older.MethodVersion < newer.MethodVersion && older with { MethodVersion = newer.MethodVersion } == newer;

    private string Display(string path) =>
        rootDirectory is null ? path : Path.GetRelativePath(rootDirectory, path).Replace('\\', '/');

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
