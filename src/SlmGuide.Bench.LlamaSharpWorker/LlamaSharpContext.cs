using System.Runtime.InteropServices;
using LLama.Exceptions;
using LLama.Native;
using SlmGuide.Bench.Engine;
using LlamaContextOptions = SlmGuide.Bench.Native.LlamaContextOptions;
using LlamaException = SlmGuide.Bench.Native.LlamaException;
using LogitsVisitor = SlmGuide.Bench.Native.LogitsVisitor;

namespace SlmGuide.Bench.LlamaSharpWorker;

/// <summary>
/// A context through LLamaSharp's <see cref="SafeLLamaContextHandle"/>. Every decode goes through
/// <see cref="SafeLLamaContextHandle.Decode(LLamaBatch)"/>, which clears and pins every slot the
/// batch has ever grown to, on each call. So the context keeps two batches, as a careful caller
/// does: one for prompts, which grows once to the job's largest chunk and is never reallocated,
/// and one for generation that stays at its initial size, so a one-token step does not pay for
/// the 512 slots of the prompt before it (on a 2-core EPYC, 42-52 µs a token against 14-17 on the
/// tiny model; after a decode of large-q4_0 the caches are cold and either costs 60-90 µs).
/// </summary>
public sealed class LlamaSharpContext : IInferenceContext
{
    private readonly LlamaSharpModel _model;
    private readonly SafeLLamaContextHandle _handle;
    private readonly LLamaBatch _batch = new();
    private readonly LLamaBatch _single = new();
    private readonly int _vocabularySize;
    private int _nextPosition;

    private LlamaSharpContext(LlamaSharpModel model, SafeLLamaContextHandle handle)
    {
        _model = model;
        _handle = handle;
        _vocabularySize = model.VocabularySize;
    }

    internal static LlamaSharpContext Create(LlamaSharpModel model, LlamaContextOptions options)
    {
        var parameters = LLamaContextParams.Default();
        var threads = options.Threads > 0 ? options.Threads : Environment.ProcessorCount;
        parameters.n_ctx = options.ContextSize;
        parameters.n_batch = options.BatchSize;
        parameters.n_ubatch = options.MicroBatchSize;
        parameters.n_threads = threads;
        parameters.n_threads_batch = options.ThreadsBatch > 0 ? options.ThreadsBatch : threads;
        try
        {
            return new LlamaSharpContext(model, model.Handle.CreateContext(parameters));
        }
        catch (RuntimeError exception)
        {
            throw new LlamaException($"{model.Path}: LLamaSharp could not create a context: {LlamaSharpLog.TakeRecent()}", exception);
        }
    }

    public void Decode(ReadOnlySpan<int> tokens)
    {
        var chunkSize = (int)_handle.BatchSize;
        for (var offset = 0; offset < tokens.Length; offset += chunkSize)
        {
            var chunk = tokens.Slice(offset, Math.Min(chunkSize, tokens.Length - offset));
            _batch.Clear();
            _batch.AddRange(MemoryMarshal.Cast<int, LLamaToken>(chunk), _nextPosition, LLamaSeqId.Zero, logitsLast: true);
            Check(_handle.Decode(_batch), chunk.Length);
            _nextPosition += chunk.Length;
        }

        _handle.Synchronize();
    }

    public void DecodeOne(int token)
    {
        _single.Clear();
        _single.Add(token, _nextPosition, LLamaSeqId.Zero, logits: true);
        Check(_handle.Decode(_single), 1);
        _nextPosition++;
        _handle.Synchronize();
    }

    public void DecodeWithAllLogits(ReadOnlySpan<int> tokens, LogitsVisitor visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        var chunkSize = (int)_handle.BatchSize;
        for (var offset = 0; offset < tokens.Length; offset += chunkSize)
        {
            var chunk = tokens.Slice(offset, Math.Min(chunkSize, tokens.Length - offset));
            _batch.Clear();
            for (var i = 0; i < chunk.Length; i++)
            {
                _batch.Add(chunk[i], _nextPosition + i, LLamaSeqId.Zero, logits: true);
            }

            Check(_handle.Decode(_batch), chunk.Length);
            for (var i = 0; i < chunk.Length; i++)
            {
                visitor(_nextPosition + i, _handle.GetLogitsIth(i)[.._vocabularySize]);
            }

            _nextPosition += chunk.Length;
        }
    }

    public int GreedyNextToken()
    {
        using var sampler = SafeLLamaSamplerChainHandle.Create(LLamaSamplerChainParams.Default());
        sampler.AddGreedySampler();
        return (int)sampler.Sample(_handle, -1);
    }

    public void ClearMemory()
    {
        _handle.MemoryClear(data: true);
        _nextPosition = 0;
    }

    public void Dispose() => _handle.Dispose();

    private void Check(DecodeResult result, int count)
    {
        if (result != DecodeResult.Ok)
        {
            throw new LlamaException(
                $"{_model.Path}: LLamaSharp's Decode of {count} token(s) at position {_nextPosition} returned {result}: {LlamaSharpLog.TakeRecent()}");
        }
    }
}
