using SlmGuide.Data.Twins;

namespace SlmGuide.Data.Estimate;

/// <summary>
/// Memory of a model under llama.cpp (CPU, the pinned release's defaults: F16 KV cache, flash
/// attention on, micro-batch 512), computed from its shape without the engine:
/// <list type="bullet">
/// <item>weights: the exact tensor bytes of the model file (its tensor list, at its type);</item>
/// <item>KV cache: every layer keeps K and V for the context, padded to 256 cells (llama-context.cpp).
/// Gemma 3's sliding-window layers too: the library's default context parameters ask for a full-size
/// sliding-window cache (<c>swa_full</c>), and the measured Gemma 3 twin grew by the full cache from
/// 4K to 32K context. llama-cli and llama-server turn it off, and need less for Gemma 3;</item>
/// <item>compute: the activations of one micro-batch that a decode writes (the residual stream, the
/// attention and feed-forward intermediates) and the F16 attention mask of micro-batch × context.
/// Flash attention never builds the full micro-batch × context × heads score matrix, so that is not
/// counted (counting it overestimated memory threefold);</item>
/// <item>overhead: the rest of the peak resident memory, fitted to the measured twins (see <see cref="TwinFit"/>).</item>
/// </list>
/// </summary>
public static class TwinMemoryModel
{
    public const int MicroBatch = 512;
    private const int CellPadding = 256;
    private const ulong HalfBytes = 2;
    private const ulong FloatBytes = 4;

    public static MemoryEstimate Estimate(TwinArchitecture architecture, ulong weightBytes, int context, ulong overheadBytes)
    {
        ArgumentNullException.ThrowIfNull(architecture);
        return new MemoryEstimate(
            weightBytes,
            KeyValueBytes(architecture, context),
            ComputeBytes(architecture, context),
            overheadBytes);
    }

    /// <summary>The part that does not depend on the runtime: weights, KV cache and compute buffers.</summary>
    public static ulong ModelBytes(TwinArchitecture architecture, ulong weightBytes, int context) =>
        Estimate(architecture, weightBytes, context, 0).TotalBytes;

    public static ulong KeyValueBytes(TwinArchitecture architecture, int context)
    {
        ArgumentNullException.ThrowIfNull(architecture);
        var perCell = 2 * (ulong)architecture.KeyValueLength * HalfBytes;
        return (ulong)architecture.LayerCount * (ulong)Pad(context) * perCell;
    }

    public static ulong ComputeBytes(TwinArchitecture architecture, int context)
    {
        ArgumentNullException.ThrowIfNull(architecture);
        var tokens = (ulong)Math.Min(MicroBatch, context);
        var feedForward = (ulong)architecture.FeedForwardLength;

        // Live at the widest point of a layer: the residual stream and its normed copy, the gate and up
        // projections and their product, and Q with K and V of the micro-batch.
        var activations = tokens * FloatBytes * ((2 * (ulong)architecture.EmbeddingLength) + (3 * feedForward) +
            (ulong)architecture.QueryLength + (2 * (ulong)architecture.KeyValueLength));
        // A model with sliding-window layers builds a second mask for them, full size like its cache.
        var masks = architecture.SlidingWindow is null ? 1UL : 2UL;
        var mask = masks * tokens * (ulong)Pad(context) * HalfBytes;

        // One row of logits: a decode asks only for the last token's.
        return activations + mask + ((ulong)architecture.VocabularySize * FloatBytes);
    }

    private static int Pad(int value) => (value + CellPadding - 1) / CellPadding * CellPadding;
}
