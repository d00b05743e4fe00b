using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using SlmGuide.Bench.Engine;
using SlmGuide.Bench.Machine;
using SlmGuide.Bench.Measurement;
using SlmGuide.Bench.Native;
using SlmGuide.Bench.Results;
using SlmGuide.Bench.Synthetic;
using SlmGuide.Bench.Worker;
using SlmGuide.Data.Bench;
using SlmGuide.Data.Diagnostics;

namespace SlmGuide.Bench.Suite;

/// <summary>
/// Runs a benchmark suite: load the suite, prepare each model file, skip models whose result is
/// stored under the same key, measure the rest one by one in worker processes, and merge each
/// result into the store as soon as it is measured. The library entry point of <c>slmguide bench</c>
/// and of <c>slmguide build --refresh-bench</c>.
/// </summary>
public static class BenchRunner
{
    public static async Task<BenchRunResult> RunAsync(BenchOptions options, IBenchProgress progress, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(progress);
        var root = Path.GetFullPath(options.RootDirectory);
        var diagnostics = new DiagnosticBag();
        var suite = SuiteLoader.Load(options.SuitePath ?? BenchOptions.DefaultSuitePath(root), root, diagnostics);
        if (suite is null)
        {
            return new BenchRunResult(diagnostics.Sorted, [], null, null, null);
        }

        var speed = suite.Speed with
        {
            Threads = options.Threads ?? suite.Speed.Threads,
            Repetitions = options.Repetitions ?? suite.Speed.Repetitions,
        };
        var byId = suite.Models.ToDictionary(model => model.Id, StringComparer.Ordinal);
        var selected = suite.Models.Where(model => Matches(options.Filter, model.Id)).ToList();
        var jobs = selected.SelectMany(model => (options.Engine is { } only ? [only] : model.Engines).Select(engine => (Model: model, Engine: engine))).ToList();
        var severalEngines = jobs.Select(job => job.Engine).Distinct().Count() > 1;
        string Label(PlannedModel model, BenchEngine engine) => severalEngines ? $"{model.Id} [{engine.DisplayName}]" : model.Id;
        var stepsPerJob = 2 + (speed.PromptTokens > 0 ? speed.Repetitions : 0) + (speed.GeneratedTokens > 0 ? speed.Repetitions : 0);
        progress.Planned([.. jobs.Select(job => Label(job.Model, job.Engine))], stepsPerJob);

        // Models are prepared (generated, quantized) by the npm engine for every engine, so both measure the very same files.
        var runtime = LlamaRuntime.Initialize();
        LlamaRuntime.LogSink = new StandardErrorLogSink(LlamaLogLevel.Error);
        var machineInfo = MachineInfo.Current();
        var machine = new MachineRecord
        {
            Fingerprint = machineInfo.Fingerprint,
            CpuModel = machineInfo.CpuModel,
            LogicalCores = machineInfo.LogicalCores,
            MemoryBytes = machineInfo.MemoryBytes,
            OperatingSystem = machineInfo.OperatingSystem,
            Architecture = machineInfo.Architecture,
        };
        var store = new ResultsStore(options.ResultsDirectory ?? BenchOptions.DefaultResultsDirectory(root), root);
        var resultsPath = store.PathFor(machine.Fingerprint);
        var engines = await EngineIdentities.DescribeAsync(jobs.Select(job => job.Engine).Distinct(), runtime, suite.TimeLimit, options.WorkerEnvironment, cancellation).ConfigureAwait(false);
        var engineText = engines.Text;
        if (store.Read(machine.Fingerprint) is { IsComplete: false } unreadable)
        {
            // Measuring would be wasted: the results could not be merged without losing what the file holds.
            return new BenchRunResult(unreadable.Diagnostics, [], null, engineText, resultsPath);
        }

        var preparer = new ModelPreparer(runtime, options.ModelCacheDirectory ?? SyntheticModelCache.DefaultDirectory(root), options.Download, root);
        var textSha = Sha256(suite.QualityTextPath);
        var results = new List<JobResult>();
        double? bandwidth = null;
        var storeRefused = false;

        foreach (var (model, engine) in jobs)
        {
            cancellation.ThrowIfCancellationRequested();
            var label = Label(model, engine);
            JobResult Finished(JobStatus status, BenchRecord? record, string? reason) => new(model.Id, status, record, reason) { Engine = engine.DisplayName, Label = label };
            progress.Status($"preparing {model.Id}");
            var prepared = preparer.Prepare(model, byId, diagnostics);
            var reference = model.IsReference ? null : preparer.Prepare(byId[model.Family], byId, diagnostics);
            var qualityReference = model.MeasuresQuality ? reference : null;
            JobResult result;
            if (prepared is not var (path, sha) || (!model.IsReference && reference is null))
            {
                result = Finished(JobStatus.Failed, null, PreparationFailure(model, diagnostics));
                results.Add(result);
                progress.JobFinished(result);
                continue;
            }

            if (engines.Identity(engine) is not { } identity)
            {
                result = Finished(JobStatus.Failed, null, $"the {engine.DisplayName} worker could not start: {engines.Failure(engine)}");
                results.Add(result);
                progress.JobFinished(result);
                continue;
            }

            var key = new RecordKey
            {
                ModelSha256 = sha,
                Engine = identity,
                Machine = machine.Fingerprint,
                PromptTokens = speed.PromptTokens,
                GeneratedTokens = speed.GeneratedTokens,
                Repetitions = speed.Repetitions,
                Threads = speed.EffectiveThreads,
                ReferenceSha256 = qualityReference?.Sha256,
                QualityTextSha256 = model.MeasuresQuality ? textSha : null,
                MethodVersion = MeasurementMethod.Current,
                ContextSize = model.MemoryContext,
            };
            var id = key.ToId();
            var stored = options.Force ? null : store.Find(machine.Fingerprint, id);
            if (stored is not null)
            {
                result = Finished(JobStatus.Cached, stored, null);
            }
            else
            {
                if (bandwidth is null)
                {
                    progress.Status("measuring memory bandwidth");
                    bandwidth = MemoryBandwidth.MeasureBytesPerSecond(threads: speed.EffectiveThreads);
                    machine = machine with
                    {
                        MemoryBandwidthBytesPerSecond = bandwidth,
                        MemoryBandwidthMeasuredUtc = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                    };
                }

                progress.Status($"measuring {label}");
                var job = new WorkerJob
                {
                    ModelPath = path,
                    ReferencePath = qualityReference?.Path,
                    QualityTextPath = model.MeasuresQuality ? suite.QualityTextPath : null,
                    Speed = speed,
                    MemoryContext = model.MemoryContext,
                    LibraryDirectory = engine == BenchEngine.LlamaCpp ? runtime.LibraryDirectory : null,
                };
                var launcher = new WorkerLauncher(suite.TimeLimit) { Engine = engine, Environment = options.WorkerEnvironment };
                var outcome = await launcher.RunAsync(job, (step, repetition) => progress.StepDone(label, step, repetition), cancellation).ConfigureAwait(false);
                if (outcome.Report is { } report)
                {
                    var record = ToRecord(id, key, model, path, report, bandwidth);
                    var refused = store.Merge(machine, [record]);
                    diagnostics.AddRange(refused);
                    storeRefused = refused.Count > 0;
                    result = refused.Count == 0
                        ? Finished(JobStatus.Measured, record, null)
                        : Finished(JobStatus.Failed, null, "measured, but the results file can no longer be read in full, so nothing was stored (see the error above)");
                }
                else
                {
                    if (outcome.Problem is { } problem)
                    {
                        diagnostics.Add(Diagnostic.Error(problem.Code, SourceLocation.StartOf(Shown(root, problem.Path)), problem.Message, problem.Hint));
                    }

                    result = Finished(JobStatus.Failed, null, outcome.FailureReason);
                }
            }

            results.Add(result);
            progress.JobFinished(result);
            if (storeRefused)
            {
                // Every later measurement would be refused the same way.
                break;
            }
        }

        // When everything was cached, show the bandwidth measured by the run that produced the records.
        var shown = bandwidth is null ? store.FindMachine(machine.Fingerprint) ?? machine : machine;
        return new BenchRunResult(diagnostics.Sorted, results, shown, engineText, resultsPath);
    }

    private static BenchRecord ToRecord(string id, RecordKey key, PlannedModel model, string path, WorkerReport report, double? bandwidth) => new()
    {
        Id = id,
        Key = key,
        Model = new ModelFacts
        {
            Id = model.Id,
            Family = model.Family,
            Type = report.FileType,
            Synthetic = model.IsSynthetic,
            TwinOf = model.Twin?.Architecture.TwinOf,
            Description = report.ModelDescription,
            FileBytes = new FileInfo(path).Length,
            ParameterCount = report.ParameterCount,
            WeightBytes = report.WeightBytes,
        },
        MeasuredUtc = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        Threads = report.Threads,
        LoadSeconds = report.LoadSeconds,
        PromptTokensPerSecond = report.Speed.PromptTokensPerSecond,
        GeneratedTokensPerSecond = report.Speed.GeneratedTokensPerSecond,
        TimeToFirstTokenSeconds = report.Speed.TimeToFirstTokenSeconds,
        PeakResidentBytes = report.PeakResidentBytes,
        ContextSize = model.MemoryContext,
        Quality = report.Quality,
        Roofline = Roofline.Of(bandwidth, report.WeightBytes, report.Speed.GeneratedTokensPerSecond?.Mean),
    };

    // Names the codes reported for the model or the original it is made from, to find among the errors.
    private static string PreparationFailure(PlannedModel model, DiagnosticBag diagnostics)
    {
        var codes = diagnostics.Sorted
            .Where(d => d.Message.StartsWith($"model `{model.Id}`:", StringComparison.Ordinal) || d.Message.StartsWith($"model `{model.Family}`:", StringComparison.Ordinal))
            .Select(d => d.Code)
            .Distinct();
        return $"its model file could not be prepared (error {string.Join(", ", codes)})";
    }

    private static bool Matches(string? glob, string id)
    {
        if (string.IsNullOrWhiteSpace(glob))
        {
            return true;
        }

        var pattern = "^" + Regex.Escape(glob).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$";
        return Regex.IsMatch(id, pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    private static string Shown(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
