using System.Diagnostics;

namespace SlmGuide.Site.Building;

/// <summary>Runs the stages of one build, timing each, and tells the observer as each one starts.</summary>
internal sealed class StageClock(Action<string>? starting)
{
    private readonly List<StageTiming> _timings = [];

    public IReadOnlyList<StageTiming> Timings => _timings;

    public void Run(string name, Action stage)
    {
        starting?.Invoke(name);
        var clock = Stopwatch.StartNew();
        stage();
        _timings.Add(new StageTiming(name, clock.Elapsed));
    }

    public T Run<T>(string name, Func<T> stage)
    {
        var result = default(T)!;
        Run(name, () =>
        {
            result = stage();
        });
        return result;
    }
}
