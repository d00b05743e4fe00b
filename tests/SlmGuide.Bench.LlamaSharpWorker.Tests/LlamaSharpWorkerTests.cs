using SlmGuide.Bench.Engine;
using SlmGuide.Bench.Measurement;
using SlmGuide.Bench.Worker;

namespace SlmGuide.Bench.LlamaSharpWorker.Tests;

/// <summary>The LLamaSharp worker process through the same launcher, handshake and limits as the llama.cpp worker.</summary>
[Collection(LlamaSharpTestGroup.Name)]
public sealed class LlamaSharpWorkerTests(LlamaSharpFixture fixture)
{
    private static readonly SpeedParameters Small = new() { PromptTokens = 16, GeneratedTokens = 4, Repetitions = 1, Threads = 2 };

    private static WorkerLauncher Launcher(TimeSpan limit, string? fault = null) => new(limit)
    {
        Engine = BenchEngine.LlamaSharp,
        Environment = fault is null ? [] : new Dictionary<string, string> { [PlantedFault.Variable] = fault },
    };

    private static WorkerJob Job(string modelPath) => new() { ModelPath = modelPath, Speed = Small };

    [Fact]
    public async Task The_worker_describes_the_same_engine_build_as_this_process_loaded()
    {
        var outcome = await Launcher(TimeSpan.FromMinutes(2)).DescribeAsync();

        Assert.True(outcome.Succeeded, outcome.FailureReason);
        Assert.Equal(new EngineDescription("LLamaSharp", fixture.Engine.Identity), outcome.Engine);
    }

    [Fact]
    public async Task A_healthy_worker_reports_its_measurements_progress_and_engine()
    {
        var steps = new List<string>();

        var outcome = await Launcher(TimeSpan.FromMinutes(2)).RunAsync(Job(fixture.Q8Path), (step, _) => steps.Add(step));

        Assert.True(outcome.Succeeded, outcome.FailureReason);
        Assert.Equal("Q8_0", outcome.Report!.FileType);
        Assert.Equal(fixture.Engine.Identity, outcome.Report.EngineVersion);
        Assert.True(outcome.Report.PeakResidentBytes > 0);
        Assert.Equal(["load", "pp16", "tg4"], steps);
    }

    [Fact]
    public async Task A_planted_native_crash_fails_only_that_job_with_the_signal()
    {
        var outcome = await Launcher(TimeSpan.FromMinutes(2), "crash").RunAsync(Job(fixture.ModelPath));

        Assert.False(outcome.Succeeded);
        Assert.Contains("crashed", outcome.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hanging_worker_is_stopped_at_the_time_limit()
    {
        var outcome = await Launcher(TimeSpan.FromSeconds(3), "hang").RunAsync(Job(fixture.ModelPath));

        Assert.False(outcome.Succeeded);
        Assert.StartsWith("timed out after 3 s", outcome.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_corrupt_model_fails_with_the_reason_and_the_file_name()
    {
        var folder = Directory.CreateTempSubdirectory("slmguide-llamasharp-corrupt-").FullName;
        try
        {
            var corrupt = Path.Combine(folder, "corrupt.gguf");
            var bytes = await File.ReadAllBytesAsync(fixture.ModelPath);
            await File.WriteAllBytesAsync(corrupt, bytes[..(bytes.Length / 3)]);

            var outcome = await Launcher(TimeSpan.FromMinutes(2)).RunAsync(Job(corrupt));

            Assert.False(outcome.Succeeded);
            Assert.Contains("exit code 1", outcome.FailureReason, StringComparison.Ordinal);
            Assert.Contains("corrupt.gguf", outcome.FailureReason, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_library_folder_without_libllama_fails_the_worker_with_a_message_naming_the_variable()
    {
        var empty = Directory.CreateTempSubdirectory("slmguide-llamasharp-empty-").FullName;
        try
        {
            var outcome = await Launcher(TimeSpan.FromMinutes(2)).DescribeAsync(empty);

            Assert.False(outcome.Succeeded);
            Assert.Contains(LlamaSharpNatives.OverrideVariable, outcome.FailureReason, StringComparison.Ordinal);
            Assert.Contains("holds no libllama.so", outcome.FailureReason, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(empty);
        }
    }
}
