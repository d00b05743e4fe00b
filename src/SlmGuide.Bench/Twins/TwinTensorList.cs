using System.Globalization;
using SlmGuide.Data.Twins;

namespace SlmGuide.Bench.Twins;

/// <summary>
/// The tensors llama.cpp's converter (convert_hf_to_gguf.py of the pinned release) writes for an
/// architecture, in the shapes the loader (src/models/&lt;arch&gt;.cpp) expects: names, dimensions and
/// roles, before any quantization.
/// </summary>
public static class TwinTensorList
{
    public static IReadOnlyList<TwinTensor> For(TwinArchitecture architecture)
    {
        ArgumentNullException.ThrowIfNull(architecture);
        var embedding = (ulong)architecture.EmbeddingLength;
        var vocabulary = (ulong)architecture.VocabularySize;
        var tensors = new List<TwinTensor>();

        // The Llama 3 and LongRoPE converters add frequency factors, one per rotated dimension pair.
        var factors = (ulong)architecture.RotatedDimensions / 2;
        if (architecture.RopeScaling is RopeScaling.Llama3)
        {
            tensors.Add(new("rope_freqs.weight", [factors], TwinTensorRole.RopeFactors, null));
        }
        else if (architecture.RopeScaling is RopeScaling.LongRope)
        {
            tensors.Add(new("rope_factors_long.weight", [factors], TwinTensorRole.RopeFactors, null));
            tensors.Add(new("rope_factors_short.weight", [factors], TwinTensorRole.RopeFactors, null));
        }

        tensors.Add(new("token_embd.weight", [embedding, vocabulary], TwinTensorRole.TokenEmbedding, null));
        for (var layer = 0; layer < architecture.LayerCount; layer++)
        {
            tensors.AddRange(Layer(architecture, layer));
        }

        tensors.Add(new("output_norm.weight", [embedding], TwinTensorRole.Norm, null));
        if (!architecture.TiedEmbeddings)
        {
            tensors.Add(new("output.weight", [embedding, vocabulary], TwinTensorRole.Output, null));
        }

        return tensors;
    }

    /// <summary>Parameters as the model card counts them: every weight, a tied embedding once, no RoPE factors.</summary>
    public static ulong ParameterCount(TwinArchitecture architecture) =>
        For(architecture).Where(tensor => tensor.IsParameter).Aggregate(0UL, (sum, tensor) => sum + tensor.ElementCount);

    private static IEnumerable<TwinTensor> Layer(TwinArchitecture a, int layer)
    {
        var embedding = (ulong)a.EmbeddingLength;
        var query = (ulong)a.QueryLength;
        var keyValue = (ulong)a.KeyValueLength;
        var feedForward = (ulong)a.FeedForwardLength;
        var head = (ulong)a.HeadDimension;
        TwinTensor Tensor(string name, TwinTensorRole role, params ulong[] dimensions) =>
            new(string.Create(CultureInfo.InvariantCulture, $"blk.{layer}.{name}"), dimensions, role, layer);

        yield return Tensor("attn_norm.weight", TwinTensorRole.Norm, embedding);
        if (a.Architecture is TwinFamily.Phi3)
        {
            // Phi-3/Phi-4 checkpoints keep Q, K and V in one matrix and gate with up in another.
            yield return Tensor("attn_qkv.weight", TwinTensorRole.AttentionQueryKeyValue, embedding, query + (2 * keyValue));
            yield return Tensor("attn_output.weight", TwinTensorRole.AttentionOutput, query, embedding);
            yield return Tensor("ffn_norm.weight", TwinTensorRole.Norm, embedding);
            yield return Tensor("ffn_up.weight", TwinTensorRole.FeedForwardUp, embedding, 2 * feedForward);
            yield return Tensor("ffn_down.weight", TwinTensorRole.FeedForwardDown, feedForward, embedding);
            yield break;
        }

        yield return Tensor("attn_q.weight", TwinTensorRole.AttentionQuery, embedding, query);
        yield return Tensor("attn_k.weight", TwinTensorRole.AttentionKey, embedding, keyValue);
        yield return Tensor("attn_v.weight", TwinTensorRole.AttentionValue, embedding, keyValue);
        if (a.AttentionBias)
        {
            yield return Tensor("attn_q.bias", TwinTensorRole.Bias, query);
            yield return Tensor("attn_k.bias", TwinTensorRole.Bias, keyValue);
            yield return Tensor("attn_v.bias", TwinTensorRole.Bias, keyValue);
        }

        yield return Tensor("attn_output.weight", TwinTensorRole.AttentionOutput, query, embedding);
        if (a.Architecture is TwinFamily.Qwen3 or TwinFamily.Gemma3)
        {
            yield return Tensor("attn_q_norm.weight", TwinTensorRole.Norm, head);
            yield return Tensor("attn_k_norm.weight", TwinTensorRole.Norm, head);
        }

        if (a.Architecture is TwinFamily.Gemma3)
        {
            yield return Tensor("post_attention_norm.weight", TwinTensorRole.Norm, embedding);
        }

        yield return Tensor("ffn_norm.weight", TwinTensorRole.Norm, embedding);
        yield return Tensor("ffn_gate.weight", TwinTensorRole.FeedForwardGate, embedding, feedForward);
        yield return Tensor("ffn_up.weight", TwinTensorRole.FeedForwardUp, embedding, feedForward);
        yield return Tensor("ffn_down.weight", TwinTensorRole.FeedForwardDown, feedForward, embedding);
        if (a.Architecture is TwinFamily.Gemma3)
        {
            yield return Tensor("post_ffw_norm.weight", TwinTensorRole.Norm, embedding);
        }
    }
}
