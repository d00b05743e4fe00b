using SlmGuide.Bench.Suite;
using SlmGuide.Bench.Worker;

namespace SlmGuide.Bench.Tests.Suite;

[Collection(EngineTestGroup.Name)]
public sealed class BenchRunnerTests(TinyModelFixture fixture) : IDisposable
{
    private const string TinySuite = """
        quality_text: text.md
        parameters:
          prompt_tokens: 16
          generated_tokens: 4
          repetitions: 1
          threads: 2
          timeout_seconds: 120
        models:
          - id: tiny
            synthetic:
              embedding_length: 256
              layer_count: 2
              head_count: 4
              key_value_head_count: 2
              feed_forward_length: 768
              context_length: 1024
              seed: 20261123
            variants: [Q8_0]
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("slmguide-bench-run-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private BenchOptions Options(string suite, bool force = false, IReadOnlyDictionary<string, string>? environment = null)
    {
        File.WriteAllText(Path.Combine(_root, "suite.yaml"), suite);
        File.WriteAllText(Path.Combine(_root, "text.md"), "試験の文章。 A test text for the bench runner.");
        return new BenchOptions
        {
            RootDirectory = _root,
            SuitePath = Path.Combine(_root, "suite.yaml"),
            Force = force,
            ModelCacheDirectory = fixture.Cache.Directory,
            WorkerEnvironment = environment ?? new Dictionary<string, string>(),
        };
    }

    [Fact]
    public async Task A_second_run_with_nothing_changed_runs_nothing_and_force_runs_again()
    {
        var first = await BenchRunner.RunAsync(Options(TinySuite), new RecordingProgress());
        var progress = new RecordingProgress();
        var second = await BenchRunner.RunAsync(Options(TinySuite), progress);
        var forced = await BenchRunner.RunAsync(Options(TinySuite, force: true), new RecordingProgress());

        Assert.Equal([JobStatus.Measured, JobStatus.Measured], first.Jobs.Select(job => job.Status));
        Assert.Equal([JobStatus.Cached, JobStatus.Cached], second.Jobs.Select(job => job.Status));
        Assert.Empty(progress.Steps);
        Assert.Equal([JobStatus.Measured, JobStatus.Measured], forced.Jobs.Select(job => job.Status));
        var variant = first.Jobs[1].Record!;
        Assert.Equal("Q8_0", variant.Model.Type);
        Assert.True(variant.Model.Synthetic);
        Assert.True(variant.Quality!.KlMean > 0);
        Assert.NotNull(variant.Roofline);
        Assert.Equal(2, BenchStoreCount(first.ResultsPath!));
    }

    [Fact]
    public async Task A_crash_in_every_worker_fails_each_job_and_the_run_goes_on()
    {
        var options = Options(TinySuite, environment: new Dictionary<string, string> { [PlantedFault.Variable] = "crash" });

        var result = await BenchRunner.RunAsync(options, new RecordingProgress());

        Assert.Equal(2, result.FailedCount);
        Assert.False(result.Succeeded);
        Assert.All(result.Jobs, job => Assert.Contains("crashed", job.FailureReason, StringComparison.Ordinal));
        Assert.False(File.Exists(result.ResultsPath));
    }

    [Fact]
    public async Task A_misspelled_key_is_reported_with_file_line_and_column()
    {
        var broken = TinySuite.Replace("  repetitions: 1", "  repetitons: 1", StringComparison.Ordinal);

        var result = await BenchRunner.RunAsync(Options(broken), new RecordingProgress());

        Assert.True(result.HasSuiteErrors);
        Assert.Empty(result.Jobs);
        Assert.Contains(result.Diagnostics, d => d.ToString().StartsWith("suite.yaml:5:3: error D003", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_quantization_type_is_reported_with_the_known_ones()
    {
        var broken = TinySuite.Replace("variants: [Q8_0]", "variants: [Q9_9]", StringComparison.Ordinal);

        var result = await BenchRunner.RunAsync(Options(broken), new RecordingProgress());

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.StartsWith("suite.yaml:18:5: error D006: `Q9_9` is not a quantization type", diagnostic.ToString(), StringComparison.Ordinal);
        Assert.Contains("Q4_K_M", diagnostic.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_engine_is_reported_at_its_line_with_the_known_ones()
    {
        var broken = TinySuite.Replace("    variants: [Q8_0]", "    variants: [Q8_0]\n    engines: [llama.cpp, vulkan]", StringComparison.Ordinal);

        var result = await BenchRunner.RunAsync(Options(broken), new RecordingProgress());

        Assert.True(result.HasSuiteErrors);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("suite.yaml:19:5: error D006: `vulkan` is not an engine slmguide bench knows (use one or more of llama.cpp, llamasharp)", diagnostic.ToString());
    }

    private static int BenchStoreCount(string path) => new SlmGuide.Bench.Results.ResultsStore(Path.GetDirectoryName(path)!)
        .Load(Path.GetFileNameWithoutExtension(path)).Count;

    private sealed class RecordingProgress : IBenchProgress
    {
        public List<string> Steps { get; } = [];

        public void Planned(IReadOnlyList<string> modelIds, int stepsPerJob)
        {
        }

        public void Status(string text)
        {
        }

        public void StepDone(string modelId, string stepName, int repetition)
        {
            lock (Steps)
            {
                Steps.Add($"{modelId} {stepName}");
            }
        }

        public void JobFinished(JobResult result)
        {
        }
    }
}
