using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using SlmGuide.Bench.Engine;

namespace SlmGuide.Bench.Worker;

/// <summary>
/// Runs one job in a child process of one engine's worker with a time limit. Whatever happens in
/// the child (a native crash, a hang, a model llama.cpp rejects) ends as a <see cref="WorkerOutcome"/>,
/// never as an exception in the caller, so one bad job cannot stop the others. Both engines'
/// workers speak the same protocol, so they share this handshake, limit and isolation.
/// </summary>
public sealed class WorkerLauncher(TimeSpan timeLimit)
{
    private const int StandardErrorLinesKept = 12;

    // Bounds the wait for a pipe held open by something the worker left behind.
    private static readonly TimeSpan PipeDrainLimit = TimeSpan.FromSeconds(5);

    /// <summary>Extra environment for the child, for example a planted fault in tests.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>The engine whose worker runs the jobs.</summary>
    public BenchEngine Engine { get; init; } = BenchEngine.LlamaCpp;

    /// <summary>Starts the engine in a worker and returns which build it is, or why it could not start.</summary>
    public Task<WorkerOutcome> DescribeAsync(string? libraryDirectory = null, CancellationToken cancellation = default) =>
        RunAsync(new WorkerJob { DescribeOnly = true, LibraryDirectory = libraryDirectory }, null, cancellation);

    public async Task<WorkerOutcome> RunAsync(WorkerJob job, Action<string, int>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        var start = WorkerLocator.StartInfo(Engine);
        foreach (var (name, value) in Environment)
        {
            start.Environment[name] = value;
        }

        using var process = new Process { StartInfo = start };
        WorkerReport? report = null;
        WorkerProblem? problem = null;
        EngineDescription? engine = null;
        var errorTail = new Queue<string>();
        process.Start();
        var outputReader = ReadLines(process.StandardOutput, line =>
        {
            var message = Parse(line);
            if (message?.Kind == WorkerMessage.ReportKind)
            {
                report = message.Report;
            }
            else if (message?.Kind == WorkerMessage.ProblemKind)
            {
                problem = message.Problem;
            }
            else if (message?.Kind == WorkerMessage.EngineKind)
            {
                engine = message.Engine;
            }
            else if (message?.Kind == WorkerMessage.ProgressKind && message.Step is not null)
            {
                progress?.Invoke(message.Step, message.Repetition);
            }
            else if (message?.Kind == WorkerMessage.ReadyKind)
            {
                // This process shares the cores with the tests about to be timed: let its own
                // background JIT finish first, so it takes no CPU from llama.cpp's threads.
                BackgroundJit.WaitUntilQuiet();
                Answer(process.StandardInput, WorkerMessage.GoLine);
            }
        });
        var errorReader = ReadLines(process.StandardError, line =>
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                return;
            }

            lock (errorTail)
            {
                errorTail.Enqueue(line);
                if (errorTail.Count > StandardErrorLinesKept)
                {
                    errorTail.Dequeue();
                }
            }
        });
        Answer(process.StandardInput, JsonSerializer.Serialize(job, WorkerJson.Options));

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        deadline.CancelAfter(timeLimit);
        try
        {
            await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            FinishReading(outputReader, errorReader);
            cancellation.ThrowIfCancellationRequested();
            return WorkerOutcome.Failure(string.Create(CultureInfo.InvariantCulture, $"timed out after {timeLimit.TotalSeconds:0.#} s") + Tail(errorTail));
        }

        FinishReading(outputReader, errorReader);
        if (process.ExitCode == 0 && report is not null)
        {
            return WorkerOutcome.Success(report);
        }

        if (process.ExitCode == 0 && engine is not null)
        {
            return WorkerOutcome.Described(engine);
        }

        if (problem is not null)
        {
            return WorkerOutcome.Refused(problem);
        }

        return WorkerOutcome.Failure(DescribeExit(process.ExitCode, process.ExitCode == 0) + Tail(errorTail));
    }

    /// <summary>
    /// Reads lines with blocking reads on a thread of its own. Asynchronous pipe reads would wake
    /// thread-pool workers for every line, and those spin on the cores the worker is timing.
    /// </summary>
    private static Thread ReadLines(StreamReader reader, Action<string> onLine)
    {
        var thread = new Thread(() =>
        {
            try
            {
                while (reader.ReadLine() is { } line)
                {
                    onLine(line);
                }
            }
            catch (IOException)
            {
                // The pipe broke because the worker died; its exit code tells why.
            }
        })
        {
            IsBackground = true,
            Name = "bench worker pipe",
        };
        thread.Start();
        return thread;
    }

    private static void Answer(StreamWriter input, string line)
    {
        try
        {
            input.WriteLine(line);
            input.Flush();
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException)
        {
            // The worker is gone; its exit code tells why.
        }
    }

    /// <summary>Waits for both pipes to reach their end, which they do once the worker is gone, so its report and last errors have arrived.</summary>
    private static void FinishReading(Thread output, Thread error)
    {
        output.Join(PipeDrainLimit);
        error.Join(PipeDrainLimit);
    }

    private static WorkerMessage? Parse(string? line)
    {
        if (string.IsNullOrWhiteSpace(line) || !line.StartsWith('{'))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<WorkerMessage>(line, WorkerJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string DescribeExit(int exitCode, bool silent)
    {
        if (silent)
        {
            return "the worker exited without a report";
        }

        // On Unix a process killed by signal N is reported by .NET as exit code 128 + N.
        if (!OperatingSystem.IsWindows() && exitCode > 128 && exitCode < 128 + 65)
        {
            var signal = exitCode - 128;
            var name = signal switch
            {
                4 => "SIGILL",
                6 => "SIGABRT",
                7 => "SIGBUS",
                8 => "SIGFPE",
                9 => "SIGKILL",
                11 => "SIGSEGV",
                _ => $"signal {signal}",
            };
            return string.Create(CultureInfo.InvariantCulture, $"crashed with {name} (exit code {exitCode})");
        }

        return string.Create(CultureInfo.InvariantCulture, $"failed with exit code {exitCode}");
    }

    private static string Tail(Queue<string> lines)
    {
        lock (lines)
        {
            return lines.Count == 0 ? string.Empty : ": " + string.Join(" | ", lines);
        }
    }
}
