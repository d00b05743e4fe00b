using System.Diagnostics;
using System.Text.Json;
using SlmGuide.Bench.Engine;
using SlmGuide.Bench.Measurement;
using SlmGuide.Bench.Worker;

namespace SlmGuide.Bench.Tests.Worker;

/// <summary>
/// The worker process's own protocol, driven by hand: once its model is loaded it says it is
/// ready and measures only after the go line (or the end of its input).
/// </summary>
[Collection(EngineTestGroup.Name)]
public sealed class WorkerHandshakeTests(TinyModelFixture fixture)
{
    private static readonly SpeedParameters Small = new() { PromptTokens = 16, GeneratedTokens = 4, Repetitions = 1, Threads = 2 };

    [Fact]
    public async Task The_worker_waits_after_loading_until_it_is_told_to_go()
    {
        using var worker = Process.Start(WorkerLocator.StartInfo())!;
        await worker.StandardInput.WriteLineAsync(JobLine());
        await worker.StandardInput.FlushAsync();

        Assert.Equal(("progress", "load"), await NextMessage(worker));
        Assert.Equal(("ready", null), await NextMessage(worker));

        // A tiny model's pp16 takes milliseconds: a second without a line means the worker is waiting.
        var early = worker.StandardOutput.ReadLineAsync();
        Assert.NotSame(early, await Task.WhenAny(early, Task.Delay(TimeSpan.FromSeconds(1))));

        await worker.StandardInput.WriteLineAsync(WorkerMessage.GoLine);
        await worker.StandardInput.FlushAsync();
        Assert.Equal(("progress", "pp16"), Kind(await early));
        Assert.Equal(("progress", "tg4"), await NextMessage(worker));
        Assert.Equal(("report", null), await NextMessage(worker));
        await worker.WaitForExitAsync();
        Assert.Equal(0, worker.ExitCode);
    }

    [Fact]
    public async Task The_end_of_its_input_also_lets_the_worker_go()
    {
        using var worker = Process.Start(WorkerLocator.StartInfo())!;
        await worker.StandardInput.WriteLineAsync(JobLine());
        worker.StandardInput.Close();

        var kinds = new List<(string, string?)>();
        while (await worker.StandardOutput.ReadLineAsync() is { } line)
        {
            kinds.Add(Kind(line));
        }

        await worker.WaitForExitAsync();
        Assert.Equal(0, worker.ExitCode);
        Assert.Equal([("progress", "load"), ("ready", null), ("progress", "pp16"), ("progress", "tg4"), ("report", null)], kinds);
    }

    [Fact]
    public void The_worker_writes_nothing_until_its_timed_tests_are_over()
    {
        var counter = new DecodeCounter(new LlamaCppEngine(fixture.Runtime));
        var output = new LineRecorder(() => counter.Decodes);
        var job = new WorkerJob { ModelPath = fixture.ModelPath, Speed = Small with { Repetitions = 3 } };

        var exitCode = WorkerProgram.Run(new StringReader(JobLine(job) + "\n" + WorkerMessage.GoLine + "\n"), output, TextWriter.Null, _ => counter);

        Assert.Equal(0, exitCode);
        var lines = output.Lines.Select(line => (Message: Kind(line.Text), Decodes: line.Reading)).ToList();
        Assert.Equal(
            [("progress", "load"), ("ready", null), ("progress", "pp16"), ("progress", "pp16"), ("progress", "pp16"),
             ("progress", "tg4"), ("progress", "tg4"), ("progress", "tg4"), ("report", null)],
            lines.Select(line => line.Message));

        // The runner reads every line it is sent at once, so each of them must wait for the last timed decode.
        var afterTimedTests = lines[^1].Decodes;
        Assert.True(afterTimedTests > 0);
        Assert.All(lines.Where(line => line.Message.Step is "pp16" or "tg4"), line => Assert.Equal(afterTimedTests, line.Decodes));
    }

    private string JobLine() => JobLine(new WorkerJob { ModelPath = fixture.ModelPath, Speed = Small, LibraryDirectory = fixture.Runtime.LibraryDirectory });

    private static string JobLine(WorkerJob job) => JsonSerializer.Serialize(job, WorkerJson.Options);

    private static async Task<(string Kind, string? Step)> NextMessage(Process worker) =>
        Kind(await worker.StandardOutput.ReadLineAsync() ?? throw new InvalidOperationException("the worker closed its output early"));

    private static (string Kind, string? Step) Kind(string? line)
    {
        var message = JsonSerializer.Deserialize<WorkerMessage>(line!, WorkerJson.Options)!;
        return (message.Kind, message.Step);
    }
}
