using System.Text.Json.Nodes;
using SlmGuide.Bench.Results;
using SlmGuide.Data.Bench;
using SlmGuide.Data.Diagnostics;

namespace SlmGuide.Bench.Tests.Results;

public sealed class ResultsStoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("slmguide-results-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static MachineRecord Machine(string fingerprint = "abc123", double? bandwidth = 1e10) => new()
    {
        Fingerprint = fingerprint,
        CpuModel = "Test CPU",
        LogicalCores = 2,
        MemoryBytes = 1L << 30,
        OperatingSystem = "Linux",
        Architecture = "x64",
        MemoryBandwidthBytesPerSecond = bandwidth,
    };

    private static BenchRecord Record(string modelId, string modelSha, double rate = 10)
    {
        var key = new RecordKey
        {
            ModelSha256 = modelSha,
            Engine = "llama.cpp test",
            Machine = "abc123",
            PromptTokens = 16,
            GeneratedTokens = 4,
            Repetitions = 1,
            Threads = 2,
        };
        return new BenchRecord
        {
            Id = key.ToId(),
            Key = key,
            Model = new ModelFacts { Id = modelId, Family = modelId, Type = "F32", Synthetic = true, Description = "d", FileBytes = 1, ParameterCount = 2, WeightBytes = 3 },
            MeasuredUtc = "2026-11-23T00:00:00Z",
            Threads = 2,
            LoadSeconds = 0.1,
            GeneratedTokensPerSecond = SampleSummary.Of([rate]),
            Quality = new QualityResult(10, 2.5, 2.5, 0, 0, 0, 100),
        };
    }

    [Fact]
    public void Merging_adds_and_replaces_by_id_and_keeps_fields_of_newer_versions_verbatim()
    {
        var store = new ResultsStore(_folder);
        store.Merge(Machine(), [Record("b", "sha-b"), Record("a", "sha-a")]);
        var path = store.PathFor("abc123");
        var document = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        var recordB = document["records"]!.AsArray().Single(r => (string?)r!["model"]!["id"] == "b")!.AsObject();
        recordB["fromNewerVersion"] = "kept";
        document["machine"]!["gpuModel"] = "machine field kept";
        document["calibration"] = new JsonObject { ["topLevel"] = "kept too" };
        File.WriteAllText(path, document.ToJsonString());

        store.Merge(Machine(bandwidth: null), [Record("a", "sha-a", rate: 20), Record("c", "sha-c")]);

        var records = store.Load("abc123");
        Assert.Equal(["a", "b", "c"], records.Select(r => r.Model.Id));
        Assert.Equal(20, store.Find("abc123", Record("a", "sha-a").Id)!.GeneratedTokensPerSecond!.Mean);
        var text = File.ReadAllText(path);
        Assert.Contains("\"fromNewerVersion\": \"kept\"", text, StringComparison.Ordinal);
        Assert.Contains("\"gpuModel\": \"machine field kept\"", text, StringComparison.Ordinal);
        Assert.Contains("\"topLevel\": \"kept too\"", text, StringComparison.Ordinal);
        Assert.Contains("\"memoryBandwidthBytesPerSecond\": 10000000000", text, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder, "*.tmp"));
    }

    [Fact]
    public void The_same_data_serializes_to_the_same_bytes_and_other_machines_files_are_untouched()
    {
        var store = new ResultsStore(_folder);
        store.Merge(Machine("other"), [Record("x", "sha-x")]);
        var otherBefore = File.ReadAllBytes(store.PathFor("other"));
        store.Merge(Machine(), [Record("a", "sha-a"), Record("b", "sha-b")]);
        var first = File.ReadAllBytes(store.PathFor("abc123"));

        store.Merge(Machine(), [Record("b", "sha-b"), Record("a", "sha-a")]);

        Assert.Equal(first, File.ReadAllBytes(store.PathFor("abc123")));
        Assert.Equal(otherBefore, File.ReadAllBytes(store.PathFor("other")));
    }

    [Fact]
    public void Concurrent_writers_lose_no_record()
    {
        const int Writers = 6;
        const int RecordsEach = 8;

        Parallel.For(0, Writers, new ParallelOptions { MaxDegreeOfParallelism = Writers }, writer =>
        {
            // Each writer has its own store object, as two processes would.
            var store = new ResultsStore(_folder);
            for (var i = 0; i < RecordsEach; i++)
            {
                store.Merge(Machine(), [Record($"w{writer}-{i}", $"sha-{writer}-{i}")]);
            }
        });

        Assert.Equal(Writers * RecordsEach, new ResultsStore(_folder).Load("abc123").Count);
    }

    [Fact]
    public void A_damaged_results_file_is_reported_with_its_path_and_left_alone()
    {
        var store = new ResultsStore(_folder);
        File.WriteAllText(store.PathFor("abc123"), "{ not json");

        var error = Assert.Single(store.Merge(Machine(), [Record("a", "sha-a")]));

        Assert.Contains("abc123.json", error.Location.Path, StringComparison.Ordinal);
        Assert.Equal(DiagnosticCodes.BenchResultsUnreadable, error.Code);
        Assert.Equal("{ not json", File.ReadAllText(store.PathFor("abc123")));
    }

    [Fact]
    public void A_record_this_version_cannot_read_is_located_and_the_file_is_not_rewritten()
    {
        var store = new ResultsStore(_folder, rootDirectory: _folder);
        store.Merge(Machine(), [Record("a", "sha-a"), Record("b", "sha-b")]);
        var path = store.PathFor("abc123");
        var text = File.ReadAllText(path);
        var at = text.IndexOf("\"threads\": 2,\n      \"loadSeconds\"", StringComparison.Ordinal);
        var damaged = text[..at] + "\"threads\": \"two\"" + text[(at + "\"threads\": 2".Length)..];
        File.WriteAllText(path, damaged);
        var line = damaged[..damaged.IndexOf("\"two\"", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var refused = store.Merge(Machine(), [Record("c", "sha-c")]);

        var error = Assert.Single(refused);
        Assert.Equal(DiagnosticCodes.BenchRecordUnreadable, error.Code);
        Assert.Equal(new SourceLocation("abc123.json", line, 23), error.Location); // just after the value, where the serializer stopped
        Assert.Contains($"record 1 (id `{Record("a", "sha-a").Id}`) cannot be read", error.Message, StringComparison.Ordinal);
        Assert.Equal(damaged, File.ReadAllText(path));
        Assert.Equal(["b"], store.Load("abc123").Select(r => r.Model.Id));
        Assert.Equal(refused, store.Read("abc123").Diagnostics);
    }

    [Fact]
    public void A_new_measurement_method_replaces_the_record_of_the_old_one_and_old_keys_read_as_the_first_method()
    {
        var store = new ResultsStore(_folder);
        var old = Record("a", "sha-a");
        store.Merge(Machine(), [old, Record("b", "sha-b")]);
        var path = store.PathFor("abc123");
        var unversioned = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        foreach (var record in unversioned["records"]!.AsArray())
        {
            record!["key"]!.AsObject().Remove("methodVersion");
        }

        File.WriteAllText(path, unversioned.ToJsonString());
        Assert.Equal(old.Key, store.Find("abc123", old.Id)!.Key);
        var newerKey = old.Key with { MethodVersion = MeasurementMethod.Current + 1 };
        var newer = old with { Id = newerKey.ToId(), Key = newerKey };

        Assert.Empty(store.Merge(Machine(), [newer]));

        Assert.NotEqual(old.Id, newer.Id);
        Assert.Equal([newer.Id, Record("b", "sha-b").Id], store.Load("abc123").Select(r => r.Id));
    }
}
