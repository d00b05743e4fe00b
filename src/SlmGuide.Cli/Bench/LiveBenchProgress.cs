using SlmGuide.Bench.Suite;
using Spectre.Console;

namespace SlmGuide.Cli.Bench;

/// <summary>
/// Shows a bench run in Spectre.Console's live progress: one bar for the whole run (its ETA is the
/// run's) and one per model with its repetitions. Worker progress arrives on other threads;
/// Spectre's tasks are safe to update from them.
/// </summary>
internal sealed class LiveBenchProgress(ProgressContext context) : IBenchProgress
{
    private readonly Dictionary<string, ProgressTask> _jobs = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private ProgressTask? _overall;
    private int _stepsPerJob = 1;
    private int _finished;

    public void Planned(IReadOnlyList<string> modelIds, int stepsPerJob)
    {
        _stepsPerJob = stepsPerJob;
        _overall = context.AddTask(Markup.Escape($"{modelIds.Count} models"), maxValue: Math.Max(1, modelIds.Count * stepsPerJob));
    }

    public void Status(string text)
    {
        if (_overall is not null)
        {
            _overall.Description = Markup.Escape($"[{_finished}/{_overall.MaxValue / _stepsPerJob:0}] {text}");
        }
    }

    public void StepDone(string modelId, string stepName, int repetition)
    {
        lock (_gate)
        {
            if (!_jobs.TryGetValue(modelId, out var task))
            {
                task = context.AddTask(Markup.Escape(modelId), maxValue: _stepsPerJob);
                _jobs[modelId] = task;
            }

            task.Description = Markup.Escape(repetition > 0 ? $"{modelId} {stepName} #{repetition}" : $"{modelId} {stepName}");
            task.Increment(1);
            _overall?.Increment(1);
        }
    }

    public void JobFinished(JobResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        lock (_gate)
        {
            _finished++;
            if (_jobs.TryGetValue(result.ModelId, out var task))
            {
                task.Description = Markup.Escape($"{result.ModelId} {result.Status.ToString().ToLowerInvariant()}");
                task.Value = task.MaxValue;
                task.StopTask();
            }
            else
            {
                context.AddTask(Markup.Escape($"{result.ModelId} {result.Status.ToString().ToLowerInvariant()}"), maxValue: 1).Value = 1;
            }

            _overall?.Value = _finished * _stepsPerJob;
        }
    }
}
