using SlmGuide.Bench.Measurement;
using SlmGuide.Bench.Worker;

namespace SlmGuide.Bench.Tests.Worker;

[Collection(EngineTestGroup.Name)]
public sealed class WorkerIsolationTests(TinyModelFixture fixture)
{
    private static readonly SpeedParameters Small = new() { PromptTokens = 16, GeneratedTokens = 4, Repetitions = 1, Threads = 2 };

    private WorkerJob Job(string modelPath) => new() { ModelPath = modelPath, Speed = Small, LibraryDirectory = fixture.Runtime.LibraryDirectory };

    [Fact]
    public async Task A_healthy_worker_reports_its_measurements_and_progress()
    {
        var steps = new List<string>();

        var outcome = await new WorkerLauncher(TimeSpan.FromMinutes(2)).RunAsync(Job(fixture.ModelPath), (step, _) => steps.Add(step));

        Assert.True(outcome.Succeeded, outcome.FailureReason);
        Assert.Equal("F32", outcome.Report!.FileType);
        Assert.True(outcome.Report.PeakResidentBytes > 0);
        Assert.Equal(["load", "pp16", "tg4"], steps);
    }

    [Fact]
    public async Task A_planted_native_crash_fails_only_that_job_with_the_signal()
    {
        var launcher = new WorkerLauncher(TimeSpan.FromMinutes(2))
        {
            Environment = new Dictionary<string, string> { [PlantedFault.Variable] = "crash" },
        };

        var outcome = await launcher.RunAsync(Job(fixture.ModelPath));

        Assert.False(outcome.Succeeded);
        Assert.Contains("crashed", outcome.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hanging_worker_is_stopped_at_the_time_limit()
    {
        var launcher = new WorkerLauncher(TimeSpan.FromSeconds(3))
        {
            Environment = new Dictionary<string, string> { [PlantedFault.Variable] = "hang" },
        };

        var outcome = await launcher.RunAsync(Job(fixture.ModelPath));

        Assert.False(outcome.Succeeded);
        Assert.StartsWith("timed out after 3 s", outcome.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_corrupt_model_fails_with_llama_cpp_s_reason()
    {
        var folder = Directory.CreateTempSubdirectory("slmguide-corrupt-").FullName;
        try
        {
            // The real file with its tensor data cut off: the header is valid, the weights are missing.
            var corrupt = Path.Combine(folder, "corrupt.gguf");
            var bytes = await File.ReadAllBytesAsync(fixture.ModelPath);
            await File.WriteAllBytesAsync(corrupt, bytes[..(bytes.Length / 3)]);

            var outcome = await new WorkerLauncher(TimeSpan.FromMinutes(2)).RunAsync(Job(corrupt));

            Assert.False(outcome.Succeeded);
            Assert.Contains("exit code 1", outcome.FailureReason, StringComparison.Ordinal);
            Assert.Contains("corrupt.gguf", outcome.FailureReason, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
