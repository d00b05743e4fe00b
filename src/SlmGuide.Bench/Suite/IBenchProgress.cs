namespace SlmGuide.Bench.Suite;

/// <summary>Receives a run's progress, for a live display. Calls may come from worker output threads.</summary>
public interface IBenchProgress
{
    /// <summary>The run knows its jobs; <paramref name="stepsPerJob"/> counts load, repetitions and quality of one job.</summary>
    void Planned(IReadOnlyList<string> modelIds, int stepsPerJob);

    /// <summary>A run-wide step outside any job, for example "preparing large-q4_0" or "memory bandwidth".</summary>
    void Status(string text);

    void StepDone(string modelId, string stepName, int repetition);

    void JobFinished(JobResult result);
}
