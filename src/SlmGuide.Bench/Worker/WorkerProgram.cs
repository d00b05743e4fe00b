using System.Diagnostics;
using System.Text.Json;
using SlmGuide.Bench.Engine;
using SlmGuide.Bench.Measurement;
using SlmGuide.Bench.Native;
using SlmGuide.Data.Bench;
using SlmGuide.Data.Diagnostics;

namespace SlmGuide.Bench.Worker;

/// <summary>
/// The body of every engine's worker process: reads one <see cref="WorkerJob"/> as a JSON line on
/// standard input, opens the engine the worker was built for, measures, and writes <see cref="WorkerMessage"/> lines on standard output. Once the model
/// is loaded it says it is ready and waits for a go line, or for the end of the input, so the
/// runner can first let its own process go quiet; it then writes nothing until the timed tests are
/// over, so the runner stays quiet while they run. Failures go to standard error with exit code 1;
/// a native crash simply ends the process, which the runner reports.
/// </summary>
public static class WorkerProgram
{
    public const int Failed = 1;

    /// <param name="openEngine">Starts the worker's engine for the job (which may name its library folder).</param>
    public static int Run(TextReader input, TextWriter output, TextWriter error, Func<WorkerJob, IInferenceEngine> openEngine)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(openEngine);
        string? qualityTextPath = null;
        try
        {
            var line = input.ReadLine();
            var job = line is null ? null : JsonSerializer.Deserialize<WorkerJob>(line, WorkerJson.Options);
            if (job is null)
            {
                error.WriteLine("worker: expected one job as a JSON line on standard input");
                return Failed;
            }

            qualityTextPath = job.QualityTextPath;
            PlantedFault.TriggerIfPlanted();
            var engine = openEngine(job);
            if (job.DescribeOnly)
            {
                Write(output, new WorkerMessage { Kind = WorkerMessage.EngineKind, Engine = new EngineDescription(engine.Kind.DisplayName, engine.Identity) });
                return 0;
            }

            var report = Measure(
                engine,
                job,
                (step, repetition) => Write(output, new WorkerMessage { Kind = WorkerMessage.ProgressKind, Step = step, Repetition = repetition }),
                () =>
                {
                    Write(output, new WorkerMessage { Kind = WorkerMessage.ReadyKind });
                    _ = input.ReadLine();
                });
            Write(output, new WorkerMessage { Kind = WorkerMessage.ReportKind, Report = report });
            return 0;
        }
        catch (QualityTextTooShortException exception)
        {
            Write(output, new WorkerMessage { Kind = WorkerMessage.ProblemKind, Problem = new WorkerProblem(DiagnosticCodes.BenchQualityTextTooShort, qualityTextPath!, exception.Message, "use a longer quality text: a few paragraphs, as in data/bench/quality-text.md") });
            return Failed;
        }
        catch (Exception exception) when (exception is LlamaException or LlamaEngineNotFoundException or IOException or JsonException or UnauthorizedAccessException)
        {
            error.WriteLine($"worker: {exception.Message}");
            return Failed;
        }
    }

    private static WorkerReport Measure(IInferenceEngine engine, WorkerJob job, Action<string, int> progress, Action waitForGo)
    {
        var started = Stopwatch.GetTimestamp();
        using var model = engine.LoadModel(job.ModelPath);
        var loadSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        progress("load", 0);

        // Only before the first test: pp512 follows at once, and tg straight after pp. A pause
        // before tg would let the idle cores go cold, which on a VM slows the next second of
        // single-token decodes far more than its one-token warm-up can absorb.
        waitForGo();
        SpeedResult speed;
        if (job.MemoryContext is { } memoryContext)
        {
            ContextMemoryProbe.Run(model, memoryContext, job.Speed);
            progress($"ctx{memoryContext}", 0);
            speed = new SpeedResult(null, null, null);
        }
        else
        {
            // The runner hears of the repetitions once the timed tests are over: each line it reads
            // runs its code, and 100 ms later the runtime's tiering of that code, on the cores being
            // timed (10-20 ms of its compiler thread in a two-thread pp512 and tg128, read from /proc).
            var repetitions = new List<(string Test, int Number)>();
            speed = new SpeedMeasurer(model, job.Speed) { RepetitionDone = (test, number) => repetitions.Add((test, number)) }.Measure();
            foreach (var (test, number) in repetitions)
            {
                progress(test, number);
            }
        }

        QualityResult? quality = null;
        if (job.QualityTextPath is not null)
        {
            var text = File.ReadAllText(job.QualityTextPath);
            using var reference = job.ReferencePath is null ? null : engine.LoadModel(job.ReferencePath);
            quality = new QualityMeasurer(threads: job.Speed.EffectiveThreads).Measure(text, model, reference);
            progress("quality", 0);
        }

        return new WorkerReport
        {
            EngineVersion = engine.Identity,
            ModelDescription = model.Description,
            FileType = model.FileTypeName,
            ParameterCount = model.ParameterCount,
            WeightBytes = model.SizeInBytes,
            Threads = job.Speed.EffectiveThreads,
            LoadSeconds = loadSeconds,
            Speed = speed,
            Quality = quality,
            PeakResidentBytes = PeakMemory.ReadBytes(),
        };
    }

    private static void Write(TextWriter output, WorkerMessage message)
    {
        output.WriteLine(JsonSerializer.Serialize(message, WorkerJson.Options));
        output.Flush();
    }
}
