using System.Diagnostics;
using SlmGuide.Bench.Engine;
using SlmGuide.Bench.Native;
using SlmGuide.Data.Bench;

namespace SlmGuide.Bench.Measurement;

/// <summary>
/// Measures prompt processing (pp) and token generation (tg) the way llama-bench does: a context
/// sized for the test, one untimed warm-up, then timed repetitions that each start from an empty
/// KV cache. Rate per repetition = tokens / seconds.
/// </summary>
public sealed class SpeedMeasurer(IInferenceModel model, SpeedParameters parameters)
{
    /// <summary>Called after every timed repetition with the test name ("pp512", "tg128") and the repetition number (1-based).</summary>
    public Action<string, int>? RepetitionDone { get; init; }

    public SpeedResult Measure()
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(parameters);
        SampleSummary? prompt = null;
        SampleSummary? firstToken = null;
        SampleSummary? generation = null;
        if (parameters.PromptTokens > 0)
        {
            (prompt, firstToken) = MeasurePrompt();
        }

        if (parameters.GeneratedTokens > 0)
        {
            generation = MeasureGeneration();
        }

        return new SpeedResult(prompt, generation, firstToken);
    }

    private (SampleSummary Rate, SampleSummary FirstToken) MeasurePrompt()
    {
        var count = parameters.PromptTokens;
        var tokens = Tokens(count);
        using var context = CreateContext(count);
        context.Decode(tokens);
        var rates = new List<double>(parameters.Repetitions);
        var firstTokenSeconds = new List<double>(parameters.Repetitions);
        for (var repetition = 1; repetition <= parameters.Repetitions; repetition++)
        {
            context.ClearMemory();
            var started = Stopwatch.GetTimestamp();
            context.Decode(tokens);
            var decoded = Stopwatch.GetElapsedTime(started).TotalSeconds;

            // The first token is ready once the prompt is decoded and a token is chosen from its logits;
            // choosing happens after the pp clock stopped so it does not touch the pp rate.
            context.GreedyNextToken();
            firstTokenSeconds.Add(Stopwatch.GetElapsedTime(started).TotalSeconds);
            rates.Add(count / decoded);
            RepetitionDone?.Invoke($"pp{count}", repetition);
        }

        return (SampleSummary.Of(rates), SampleSummary.Of(firstTokenSeconds));
    }

    private SampleSummary MeasureGeneration()
    {
        var count = parameters.GeneratedTokens;
        var tokens = Tokens(count);
        using var context = CreateContext(count);
        context.DecodeOne(tokens[0]);
        var rates = new List<double>(parameters.Repetitions);
        for (var repetition = 1; repetition <= parameters.Repetitions; repetition++)
        {
            context.ClearMemory();
            var started = Stopwatch.GetTimestamp();
            foreach (var token in tokens)
            {
                context.DecodeOne(token);
            }

            rates.Add(count / Stopwatch.GetElapsedTime(started).TotalSeconds);
            RepetitionDone?.Invoke($"tg{count}", repetition);
        }

        return SampleSummary.Of(rates);
    }

    private IInferenceContext CreateContext(int tokens) => model.CreateContext(new LlamaContextOptions
    {
        ContextSize = (uint)tokens,
        BatchSize = parameters.BatchSize,
        MicroBatchSize = parameters.MicroBatchSize,
        Threads = parameters.EffectiveThreads,
        ThreadsBatch = parameters.EffectiveThreads,
    });

    private int[] Tokens(int count) => BenchTokens.Sequence(
        count,
        model.VocabularySize,
        model.AddsBeginningOfSequence ? model.BeginningOfSequenceToken : null);
}
