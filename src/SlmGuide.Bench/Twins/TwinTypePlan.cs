using SlmGuide.Bench.Gguf;
using SlmGuide.Bench.Native;
using SlmGuide.Bench.Quantization;
using SlmGuide.Data.Twins;

namespace SlmGuide.Bench.Twins;

/// <summary>
/// The tensor type llama.cpp gives each tensor of a twin at F16, Q8_0 and Q4_K_M, following
/// llama_tensor_get_type of src/llama-quant.cpp in the pinned release (no importance matrix, no
/// overrides), so a file's size is known from its tensor list without running the quantizer.
/// A test quantizes twins with the real quantizer and compares every tensor's type with this plan.
/// </summary>
public static class TwinTypePlan
{
    public static IReadOnlyList<LlamaFileType> Supported { get; } =
        [LlamaFileType.MostlyF16, LlamaFileType.MostlyQ8_0, LlamaFileType.MostlyQ4_K_M];

    /// <summary>Every tensor with its type in a file of <paramref name="fileType"/>.</summary>
    public static IReadOnlyList<(TwinTensor Tensor, GgmlType Type)> For(TwinArchitecture architecture, LlamaFileType fileType)
    {
        ArgumentNullException.ThrowIfNull(architecture);
        if (!Supported.Contains(fileType))
        {
            throw new ArgumentOutOfRangeException(nameof(fileType), $"{ModelQuantizer.DisplayName(fileType)} has no type plan; use F16, Q8_0 or Q4_K_M.");
        }

        var tensors = TwinTensorList.For(architecture);
        var valueMatrices = tensors.Count(t => t.Role is TwinTensorRole.AttentionValue or TwinTensorRole.AttentionQueryKeyValue);
        var valueIndex = 0;
        return [.. tensors.Select(tensor =>
        {
            var type = TypeOf(tensor, architecture, fileType, ref valueIndex, valueMatrices);
            return (tensor, type);
        })];
    }

    /// <summary>Bytes of tensor data in the file (each tensor padded to the GGUF alignment).</summary>
    public static ulong TensorBytes(TwinArchitecture architecture, LlamaFileType fileType) =>
        For(architecture, fileType).Aggregate(0UL, (sum, item) => sum + Align(GgmlTypeLayout.ByteSize(item.Type, item.Tensor.ElementCount)));

    /// <summary>Bytes the weights take in memory once loaded (no padding); what generation reads per token, roughly.</summary>
    public static ulong WeightBytes(TwinArchitecture architecture, LlamaFileType fileType) =>
        For(architecture, fileType).Aggregate(0UL, (sum, item) => sum + GgmlTypeLayout.ByteSize(item.Type, item.Tensor.ElementCount));

    private static GgmlType TypeOf(TwinTensor tensor, TwinArchitecture architecture, LlamaFileType fileType, ref int valueIndex, int valueMatrices)
    {
        // Only matrices whose name ends in "weight" are quantized; norms, biases and RoPE factors stay F32.
        if (!tensor.IsMatrix)
        {
            return GgmlType.F32;
        }

        if (fileType is LlamaFileType.MostlyF16)
        {
            return GgmlType.F16;
        }

        if (fileType is LlamaFileType.MostlyQ8_0)
        {
            return Fallback(GgmlType.Q8_0, tensor.RowLength);
        }

        var layers = architecture.LayerCount;
        var type = tensor.Role switch
        {
            // A tied embedding is quantized as the output tensor is: Q6_K, or Q8_0 when rows do not fit 256-blocks.
            TwinTensorRole.Output => OutputType(tensor),
            TwinTensorRole.TokenEmbedding when architecture.TiedEmbeddings => OutputType(tensor),
            TwinTensorRole.AttentionValue or TwinTensorRole.AttentionQueryKeyValue =>
                UseMoreBits(valueIndex++, valueMatrices) ? GgmlType.Q6_K : GgmlType.Q4_K,
            TwinTensorRole.FeedForwardDown => UseMoreBits(tensor.Layer!.Value, layers) ? GgmlType.Q6_K : GgmlType.Q4_K,
            _ => GgmlType.Q4_K,
        };
        return Fallback(type, tensor.RowLength);
    }

    private static GgmlType OutputType(TwinTensor tensor) =>
        tensor.RowLength % 256 != 0 ? GgmlType.Q8_0 : GgmlType.Q6_K;

    // llama-quant.cpp: the first and last eighth of the layers, and every third one between them.
    private static bool UseMoreBits(int layer, int layers) =>
        layer < layers / 8 || layer >= 7 * layers / 8 || (layer - (layers / 8)) % 3 == 2;

    // tensor_type_fallback: a row that is no whole number of blocks takes the nearest 32-block type.
    private static GgmlType Fallback(GgmlType type, ulong rowLength)
    {
        if (rowLength % GgmlTypeLayout.BlockElements(type) == 0)
        {
            return type;
        }

        var fallback = type switch
        {
            GgmlType.Q4_K => GgmlType.Q5_0,
            GgmlType.Q5_K => GgmlType.Q5_1,
            GgmlType.Q6_K => GgmlType.Q8_0,
            _ => type,
        };
        return rowLength % GgmlTypeLayout.BlockElements(fallback) == 0 ? fallback : GgmlType.F16;
    }

    private static ulong Align(ulong bytes) => (bytes + GgufWriter.Alignment - 1) / GgufWriter.Alignment * GgufWriter.Alignment;
}
