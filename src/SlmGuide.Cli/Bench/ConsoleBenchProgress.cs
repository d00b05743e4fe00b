using System.Globalization;
using SlmGuide.Bench.Suite;

namespace SlmGuide.Cli.Bench;

/// <summary>
/// Shows a bench run on the console, drawing only when something happens. This process shares the
/// cores with the worker being timed: a live widget redrawn on a timer, and the JIT work its
/// drawing code kept causing here, cost tg128 about 3 % in paired runs against the C harness.
/// On a terminal one status line (job, step, repetition, elapsed, ETA) is rewritten in place and
/// each finished job leaves a line; in a log only the finished jobs and run-wide steps are written.
/// The repetitions of a job's timed tests all arrive once they are over: the worker holds them back.
/// </summary>
internal sealed class ConsoleBenchProgress(TextWriter output, bool terminal, int width, TimeProvider time) : IBenchProgress
{
    // A terminal line is redrawn at most this often: a tiny model finishes repetitions in milliseconds.
    private static readonly TimeSpan RedrawInterval = TimeSpan.FromMilliseconds(200);

    private readonly Lock _gate = new();
    private readonly long _started = time.GetTimestamp();
    private long _drawn;
    private int _shownLength;
    private int _jobs = 1;
    private int _stepsPerJob = 1;
    private int _finished;
    private int _stepsDone;
    private string _activity = string.Empty;

    public void Planned(IReadOnlyList<string> modelIds, int stepsPerJob)
    {
        ArgumentNullException.ThrowIfNull(modelIds);
        lock (_gate)
        {
            _jobs = Math.Max(1, modelIds.Count);
            _stepsPerJob = Math.Max(1, stepsPerJob);
        }
    }

    public void Status(string text)
    {
        lock (_gate)
        {
            _activity = text;
            if (terminal)
            {
                Redraw(force: true);
            }
            else
            {
                output.WriteLine($"[{_finished}/{_jobs}] {text}");
            }
        }
    }

    public void StepDone(string modelId, string stepName, int repetition)
    {
        lock (_gate)
        {
            _stepsDone++;
            _activity = repetition > 0 ? $"{modelId} {stepName} #{repetition}" : $"{modelId} {stepName}";
            if (terminal)
            {
                Redraw(force: false);
            }
        }
    }

    public void JobFinished(JobResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        lock (_gate)
        {
            _finished++;
            _stepsDone = _finished * _stepsPerJob;
            ClearLine();
            output.WriteLine($"[{_finished}/{_jobs}] {result.Label} {result.Status.ToString().ToLowerInvariant()} ({Clock(Elapsed)})");
            if (terminal && _finished < _jobs)
            {
                Redraw(force: true);
            }
        }
    }

    /// <summary>Removes the status line, so what is printed next starts on a clean line.</summary>
    public void Finish()
    {
        lock (_gate)
        {
            ClearLine();
        }
    }

    private TimeSpan Elapsed => time.GetElapsedTime(_started);

    private void Redraw(bool force)
    {
        var now = time.GetTimestamp();
        if (!force && _drawn != 0 && time.GetElapsedTime(_drawn, now) < RedrawInterval)
        {
            return;
        }

        _drawn = now;
        var totalSteps = _jobs * _stepsPerJob;
        var eta = _stepsDone == 0 ? "--:--" : Clock(Elapsed * ((double)(totalSteps - _stepsDone) / _stepsDone));
        var line = $"[{_finished}/{_jobs}] {_activity}  {Clock(Elapsed)}  ETA {eta}";
        if (line.Length > width)
        {
            line = line[..width];
        }

        // Spaces over whatever the longer previous line left behind; plain text works on any terminal.
        output.Write('\r' + line.PadRight(_shownLength));
        output.Flush();
        _shownLength = line.Length;
    }

    private void ClearLine()
    {
        if (terminal && _shownLength > 0)
        {
            output.Write('\r' + new string(' ', _shownLength) + '\r');
            _shownLength = 0;
        }
    }

    private static string Clock(TimeSpan span) => span.TotalHours >= 1
        ? span.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture)
        : span.ToString(@"mm\:ss", CultureInfo.InvariantCulture);
}
