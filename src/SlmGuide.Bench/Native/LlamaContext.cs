using SlmGuide.Bench.Engine;

namespace SlmGuide.Bench.Native;

/// <summary>Receives the logits of one position during <see cref="LlamaContext.DecodeWithAllLogits"/>.</summary>
public delegate void LogitsVisitor(int position, ReadOnlySpan<float> logits);

/// <summary>
/// An inference context on one model: a KV cache and the decode calls a benchmark makes. Decodes
/// go straight to <c>llama_decode</c> with <c>llama_batch_get_one</c>, as llama-bench does, so
/// timing a call here measures llama.cpp and not this wrapper.
/// </summary>
public sealed unsafe class LlamaContext : IInferenceContext
{
    private readonly LlamaModel _model;
    private readonly int _vocabularySize;
    private LlamaBatch _explicitBatch;
    private bool _explicitBatchAllocated;
    private int _nextPosition;

    private LlamaContext(LlamaModel model, SafeLlamaContextHandle handle)
    {
        _model = model;
        Handle = handle;
        _vocabularySize = model.VocabularySize;
    }

    public SafeLlamaContextHandle Handle { get; }

    public uint ContextSize => LlamaNativeMethods.llama_n_ctx(Handle);

    public uint BatchSize => LlamaNativeMethods.llama_n_batch(Handle);

    public uint MicroBatchSize => LlamaNativeMethods.llama_n_ubatch(Handle);

    public uint SequenceMax => LlamaNativeMethods.llama_n_seq_max(Handle);

    public int Threads => LlamaNativeMethods.llama_n_threads(Handle);

    public int ThreadsBatch => LlamaNativeMethods.llama_n_threads_batch(Handle);

    /// <summary>Positions decoded since the cache was last cleared.</summary>
    public int Position => _nextPosition;

    internal static LlamaContext Create(LlamaModel model, LlamaContextOptions options)
    {
        var parameters = LlamaRuntime.DefaultContextParams();
        var threads = options.Threads > 0 ? options.Threads : Environment.ProcessorCount;
        parameters.ContextSize = options.ContextSize;
        parameters.BatchSize = options.BatchSize;
        parameters.MicroBatchSize = options.MicroBatchSize;
        parameters.Threads = threads;
        parameters.ThreadsBatch = options.ThreadsBatch > 0 ? options.ThreadsBatch : threads;
        parameters.OutputsMax = options.OutputsMax;
        LlamaLogRouter.TakeRecentProblems();
        var pointer = LlamaNativeMethods.llama_init_from_model(model.Handle, parameters);
        if (pointer == nint.Zero)
        {
            throw new LlamaException($"{model.Path}: llama.cpp could not create a context: {LlamaLogRouter.TakeRecentProblems()}");
        }

        return new LlamaContext(model, new SafeLlamaContextHandle(pointer, model.Handle));
    }

    /// <summary>
    /// Decodes tokens at the next positions in chunks of at most <see cref="BatchSize"/>, keeping
    /// only the last token's logits, and waits for the work to finish.
    /// </summary>
    public void Decode(ReadOnlySpan<int> tokens)
    {
        var chunkSize = (int)BatchSize;
        fixed (int* start = tokens)
        {
            for (var offset = 0; offset < tokens.Length; offset += chunkSize)
            {
                var count = Math.Min(chunkSize, tokens.Length - offset);
                Check(LlamaNativeMethods.llama_decode(Handle, LlamaNativeMethods.llama_batch_get_one(start + offset, count)), count);
                _nextPosition += count;
            }
        }

        LlamaNativeMethods.llama_synchronize(Handle);
    }

    /// <summary>Decodes one token at the next position and waits for it (one tg step).</summary>
    public void DecodeOne(int token)
    {
        Check(LlamaNativeMethods.llama_decode(Handle, LlamaNativeMethods.llama_batch_get_one(&token, 1)), 1);
        _nextPosition++;
        LlamaNativeMethods.llama_synchronize(Handle);
    }

    /// <summary>
    /// Decodes tokens and hands the logits of every position to <paramref name="visitor"/>, in
    /// order. Used for quality measurements (KL divergence, perplexity), not for speed.
    /// </summary>
    public void DecodeWithAllLogits(ReadOnlySpan<int> tokens, LogitsVisitor visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        var chunkSize = (int)BatchSize;
        var batch = ExplicitBatch(chunkSize);
        for (var offset = 0; offset < tokens.Length; offset += chunkSize)
        {
            var count = Math.Min(chunkSize, tokens.Length - offset);
            for (var i = 0; i < count; i++)
            {
                batch.Tokens[i] = tokens[offset + i];
                batch.Positions[i] = _nextPosition + i;
                batch.SequenceIdCounts[i] = 1;
                batch.SequenceIds[i][0] = 0;
                batch.Logits[i] = 1;
            }

            batch.TokenCount = count;
            Check(LlamaNativeMethods.llama_decode(Handle, batch), count);
            for (var i = 0; i < count; i++)
            {
                visitor(_nextPosition + i, LogitsAt(i));
            }

            _nextPosition += count;
        }
    }

    /// <summary>Logits of the last position the latest decode produced (valid until the next decode).</summary>
    public ReadOnlySpan<float> LastLogits() => LogitsAt(-1);

    /// <summary>The most likely next token after the latest decode, chosen by llama.cpp's greedy sampler.</summary>
    public int GreedyNextToken()
    {
        using var sampler = new SafeLlamaSamplerHandle(LlamaNativeMethods.llama_sampler_init_greedy());
        return LlamaNativeMethods.llama_sampler_sample(sampler, Handle, -1);
    }

    /// <summary>Empties the KV cache (data included) so the next decode starts at position 0.</summary>
    public void ClearMemory()
    {
        LlamaNativeMethods.llama_memory_clear(LlamaNativeMethods.llama_get_memory(Handle), data: true);
        _nextPosition = 0;
    }

    public void Dispose()
    {
        if (_explicitBatchAllocated)
        {
            LlamaNativeMethods.llama_batch_free(_explicitBatch);
            _explicitBatchAllocated = false;
        }

        Handle.Dispose();
    }

    private LlamaBatch ExplicitBatch(int capacity)
    {
        if (!_explicitBatchAllocated)
        {
            _explicitBatch = LlamaNativeMethods.llama_batch_init(capacity, 0, 1);
            _explicitBatchAllocated = true;
        }

        return _explicitBatch;
    }

    private ReadOnlySpan<float> LogitsAt(int index)
    {
        var logits = LlamaNativeMethods.llama_get_logits_ith(Handle, index);
        return logits is null
            ? throw new LlamaException($"{_model.Path}: llama.cpp has no logits for output {index}.")
            : new ReadOnlySpan<float>(logits, _vocabularySize);
    }

    private void Check(int status, int count)
    {
        if (status != 0)
        {
            throw new LlamaException(
                $"{_model.Path}: llama_decode of {count} token(s) at position {_nextPosition} failed with status {status}: {LlamaLogRouter.TakeRecentProblems()}");
        }
    }
}
