using SlmGuide.Bench.Engine;
using SlmGuide.Bench.Native;

namespace SlmGuide.Bench.Measurement;

/// <summary>
/// Peak memory of a model at a given context size: the context is created (llama.cpp allocates and
/// clears the whole KV cache then) and one prompt of a micro-batch is decoded, which touches every
/// weight and the largest compute buffer. The process's peak resident memory is then the model's
/// footprint at that context, as a reader's machine would see it.
/// </summary>
public static class ContextMemoryProbe
{
    public static void Run(IInferenceModel model, int contextSize, SpeedParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(parameters);
        using var context = model.CreateContext(new LlamaContextOptions
        {
            ContextSize = (uint)contextSize,
            BatchSize = parameters.BatchSize,
            MicroBatchSize = parameters.MicroBatchSize,
            Threads = parameters.EffectiveThreads,
            ThreadsBatch = parameters.EffectiveThreads,
        });
        var prompt = (int)Math.Min(parameters.MicroBatchSize, (uint)contextSize);
        context.Decode(BenchTokens.Sequence(prompt, model.VocabularySize, model.AddsBeginningOfSequence ? model.BeginningOfSequenceToken : null));
    }
}
