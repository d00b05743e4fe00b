using SlmGuide.Bench.Engine;
using SlmGuide.Bench.Native;
using SlmGuide.Bench.Worker;

namespace SlmGuide.Bench.Suite;

/// <summary>
/// The identity of every engine a run uses, known before any job so cached results can be found.
/// llama.cpp's comes from the engine this process loaded to prepare the models; any other engine's
/// from its own worker, asked once, since its library must not share this process. An engine whose
/// worker cannot start fails its jobs with the reason; the other engine's jobs still run.
/// </summary>
internal sealed class EngineIdentities
{
    private readonly Dictionary<BenchEngine, WorkerOutcome> _outcomes = [];
    private readonly Dictionary<BenchEngine, string> _identities = [];

    public static async Task<EngineIdentities> DescribeAsync(
        IEnumerable<BenchEngine> engines, LlamaRuntime runtime, TimeSpan timeLimit, IReadOnlyDictionary<string, string> workerEnvironment, CancellationToken cancellation)
    {
        var result = new EngineIdentities();
        foreach (var engine in engines)
        {
            if (engine == BenchEngine.LlamaCpp)
            {
                result._identities[engine] = EngineIdentity.Of(runtime);
                continue;
            }

            var outcome = await new WorkerLauncher(timeLimit) { Engine = engine, Environment = workerEnvironment }.DescribeAsync(cancellation: cancellation).ConfigureAwait(false);
            result._outcomes[engine] = outcome;
            if (outcome.Engine is { } description)
            {
                result._identities[engine] = description.Identity;
            }
        }

        return result;
    }

    /// <summary>Every identity found, in the run's order, separated by "; "; null when there is none.</summary>
    public string? Text => _identities.Count == 0 ? null : string.Join("; ", _identities.Values);

    public string? Identity(BenchEngine engine) => _identities.GetValueOrDefault(engine);

    public string Failure(BenchEngine engine) => _outcomes.GetValueOrDefault(engine)?.FailureReason ?? "it was not asked";
}
