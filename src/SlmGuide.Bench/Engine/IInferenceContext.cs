using SlmGuide.Bench.Native;

namespace SlmGuide.Bench.Engine;

/// <summary>
/// An inference context (a KV cache) on one model, with the calls a benchmark times. Every decode
/// waits for its work to finish, so a stopwatch around a call measures the whole step.
/// </summary>
public interface IInferenceContext : IDisposable
{
    /// <summary>Decodes tokens at the next positions in batch-sized chunks, keeping only the last token's logits.</summary>
    void Decode(ReadOnlySpan<int> tokens);

    /// <summary>Decodes one token at the next position (one tg step).</summary>
    void DecodeOne(int token);

    /// <summary>Decodes tokens and hands the logits of every position to <paramref name="visitor"/>, in order.</summary>
    void DecodeWithAllLogits(ReadOnlySpan<int> tokens, LogitsVisitor visitor);

    /// <summary>The most likely next token after the latest decode, chosen by the engine's greedy sampler.</summary>
    int GreedyNextToken();

    /// <summary>Empties the KV cache so the next decode starts at position 0.</summary>
    void ClearMemory();
}
