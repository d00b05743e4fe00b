using SlmGuide.Bench.Gguf;
using SlmGuide.Bench.Native;
using SlmGuide.Bench.Synthetic;

namespace SlmGuide.Bench.Tests.Gguf;

[Collection(EngineTestGroup.Name)]
public sealed class GgufReaderTests(TinyModelFixture fixture)
{
    [Fact]
    public void The_tiny_model_is_described_from_its_file_alone()
    {
        var spec = SyntheticModelSpec.Tiny;

        var file = GgufReader.Read(fixture.ModelPath);

        Assert.Equal(3u, file.Version);
        Assert.Equal("llama", file.Architecture);
        Assert.Equal("slmguide-synthetic-tiny", file.Name);
        Assert.Equal("llama", file.TokenizerModel);
        Assert.Equal((ulong)spec.ContextLength, file.ContextLength);
        Assert.Equal((ulong)ByteVocabulary.Size, file.VocabularySize);
        Assert.Equal(spec.ParameterCount, file.ParameterCount);
        Assert.Equal(GgmlType.F32, Assert.Single(file.TensorTypeCounts).Key);
        Assert.Equal(2 + (9 * spec.LayerCount) + 1, file.Tensors.Count);
        Assert.Equal(new FileInfo(fixture.ModelPath).Length, file.DataOffset + (long)file.Tensors[^1].Offset + (long)file.Tensors[^1].ByteSize);
    }

    [Fact]
    public void Written_metadata_reads_back_with_its_types()
    {
        var bytes = SampleGguf.Build();

        var file = GgufReader.Read(new MemoryStream(bytes), "sample.gguf");

        Assert.Equal(4096UL, file.GetUnsigned("llama.context_length"));
        Assert.Equal(10_000.0f, file.Find("llama.rope.freq_base")!.Value);
        Assert.Equal(-5L, file.Find("sample.signed")!.Value);
        Assert.Equal(0.25, file.Find("sample.wide")!.Value);
        Assert.Equal(true, file.Find("tokenizer.ggml.add_bos_token")!.Value);
        var tokens = Assert.IsType<GgufArray>(file.Find("tokenizer.ggml.tokens")!.Value);
        Assert.Equal("<0x41>", tokens.Items![ByteVocabulary.TokenForByte((byte)'A')]);
        Assert.Equal((ulong)(8 * 4) + (32 * SampleGguf.QuantizedRows) + 8, file.ParameterCount);
        Assert.Equal([GgmlType.F32, GgmlType.Q8_0, GgmlType.F16], file.Tensors.Select(tensor => tensor.Type));
        Assert.Equal(0, file.DataOffset % GgufWriter.Alignment);
    }
}
