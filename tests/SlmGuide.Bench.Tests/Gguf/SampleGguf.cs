using SlmGuide.Bench.Gguf;
using SlmGuide.Bench.Native;
using SlmGuide.Bench.Synthetic;

namespace SlmGuide.Bench.Tests.Gguf;

/// <summary>A small but complete GGUF (vocabulary arrays, several value types, quantized and float tensors).</summary>
internal static class SampleGguf
{
    public const ulong QuantizedRows = 3;

    public static byte[] Build()
    {
        var metadata = new List<GgufMetadataEntry>
        {
            GgufMetadataEntry.Of("general.architecture", "llama"),
            GgufMetadataEntry.Of("general.name", "sample"),
            GgufMetadataEntry.Of("llama.context_length", 4096u),
            GgufMetadataEntry.Of("llama.rope.freq_base", 10_000.0f),
            GgufMetadataEntry.Of("tokenizer.ggml.model", "llama"),
            GgufMetadataEntry.Of("tokenizer.ggml.tokens", GgufValueType.String, ByteVocabulary.Tokens),
            GgufMetadataEntry.Of("tokenizer.ggml.scores", GgufValueType.Float32, ByteVocabulary.Scores),
            GgufMetadataEntry.Of("tokenizer.ggml.add_bos_token", true),
            new("sample.signed", GgufValueType.Int64, -5L),
            new("sample.wide", GgufValueType.Float64, 0.25),
        };
        var tensors = new List<GgufTensorSource>
        {
            new("token_embd.weight", [8, 4], GgmlType.F32, stream => stream.Write(new byte[8 * 4 * 4])),
            new("blk.0.attn_q.weight", [32, QuantizedRows], GgmlType.Q8_0, stream => stream.Write(new byte[34 * 3])),
            new("output_norm.weight", [8], GgmlType.F16, stream => stream.Write(new byte[16])),
        };
        using var output = new MemoryStream();
        GgufWriter.Write(output, metadata, tensors);
        return output.ToArray();
    }
}
