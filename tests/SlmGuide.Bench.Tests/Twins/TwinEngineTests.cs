using SlmGuide.Bench.Gguf;
using SlmGuide.Bench.Native;
using SlmGuide.Bench.Quantization;
using SlmGuide.Bench.Twins;
using SlmGuide.Data.Twins;

namespace SlmGuide.Bench.Tests.Twins;

/// <summary>
/// Small twins of every family, written by the generator and run through the real engine: llama.cpp
/// loads them (so names, shapes and metadata are what its loader expects), decodes with finite
/// logits, and its real quantizer gives every tensor the type the plan predicts.
/// </summary>
[Collection(EngineTestGroup.Name)]
public sealed class TwinEngineTests(TinyModelFixture fixture) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("slmguide-twins-").FullName;

    public static TheoryData<string> Families() => ["qwen2.5-0.5b-instruct", "qwen3-0.6b", "llama-3.2-1b-instruct", "gemma-3-1b-it", "phi-4-mini-instruct"];

    [Theory]
    [MemberData(nameof(Families))]
    public void The_engine_loads_a_twin_with_its_shape_and_decodes_finite_logits(string id)
    {
        var twin = TwinData.Reduced(id);
        var path = Write(new TwinSpec(twin, LlamaFileType.MostlyF16, 7));

        using var model = fixture.Runtime.LoadModel(path);
        Assert.Equal(twin.EmbeddingLength, model.EmbeddingLength);
        Assert.Equal(twin.LayerCount, model.LayerCount);
        Assert.Equal(twin.HeadCount, model.HeadCount);
        Assert.Equal(twin.KeyValueHeadCount, model.KeyValueHeadCount);
        Assert.Equal(twin.VocabularySize, model.VocabularySize);
        Assert.Equal(TwinTensorList.For(twin).Aggregate(0UL, (sum, tensor) => sum + tensor.ElementCount), model.ParameterCount);
        using var context = model.CreateContext(new LlamaContextOptions { ContextSize = 64 });
        context.Decode([1, 100, 200, 300, 400]);
        var logits = context.LastLogits().ToArray();
        Assert.Equal(twin.VocabularySize, logits.Length);
        Assert.All(logits, value => Assert.True(float.IsFinite(value)));
        Assert.True(logits.Max() > logits.Min(), "random weights should give logits that differ");
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void The_real_quantizer_gives_every_tensor_the_planned_type(string id)
    {
        var twin = TwinData.Reduced(id);
        var source = Write(new TwinSpec(twin, LlamaFileType.MostlyF16, 7));
        var quantizer = new ModelQuantizer(fixture.Runtime);
        foreach (var fileType in new[] { LlamaFileType.MostlyQ8_0, LlamaFileType.MostlyQ4_K_M })
        {
            var output = Path.Combine(_folder, $"{id}-{ModelQuantizer.DisplayName(fileType)}.gguf");
            quantizer.Quantize(source, output, fileType);
            AssertPlanned(twin, fileType, output);
        }
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void A_twin_written_as_Q8_0_is_the_quantizer_s_Q8_0_and_requantizes_to_the_planned_Q4_K_M(string id)
    {
        var twin = TwinData.Reduced(id);
        var source = Write(new TwinSpec(twin, LlamaFileType.MostlyQ8_0, 7));
        AssertPlanned(twin, LlamaFileType.MostlyQ8_0, source);
        using (var model = fixture.Runtime.LoadModel(source))
        using (var context = model.CreateContext(new LlamaContextOptions { ContextSize = 64 }))
        {
            context.Decode([1, 2, 3]);
            Assert.All(context.LastLogits().ToArray(), value => Assert.True(float.IsFinite(value)));
        }

        var output = Path.Combine(_folder, $"{id}-requantized-Q4_K_M.gguf");
        new ModelQuantizer(fixture.Runtime).Quantize(source, output, LlamaFileType.MostlyQ4_K_M, allowRequantize: true);
        AssertPlanned(twin, LlamaFileType.MostlyQ4_K_M, output);
    }

    [Fact]
    public void An_untied_twin_keeps_its_own_output_matrix_and_the_quantizer_gives_it_the_output_type()
    {
        var twin = TwinData.Reduced("llama-3.2-1b-instruct") with { TiedEmbeddings = false };
        var source = Write(new TwinSpec(twin, LlamaFileType.MostlyF16, 7));
        var output = Path.Combine(_folder, "untied-Q4_K_M.gguf");
        new ModelQuantizer(fixture.Runtime).Quantize(source, output, LlamaFileType.MostlyQ4_K_M);

        var file = GgufReader.Read(output);
        Assert.Equal(GgmlType.Q6_K, file.Tensors.Single(t => t.Name == "output.weight").Type);
        Assert.Equal(GgmlType.Q4_K, file.Tensors.Single(t => t.Name == "token_embd.weight").Type);
        AssertPlanned(twin, LlamaFileType.MostlyQ4_K_M, output);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static void AssertPlanned(TwinArchitecture twin, LlamaFileType fileType, string path)
    {
        var file = GgufReader.Read(path);
        var planned = TwinTypePlan.For(twin, fileType).ToDictionary(item => item.Tensor.Name, item => item.Type, StringComparer.Ordinal);
        Assert.Equal(planned.Keys.Order(StringComparer.Ordinal), file.Tensors.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.All(file.Tensors, tensor => Assert.True(planned[tensor.Name] == tensor.Type, $"{ModelQuantizer.DisplayName(fileType)} {tensor.Name}: planned {planned[tensor.Name]}, quantizer wrote {tensor.Type}"));
        Assert.Equal(TwinTypePlan.TensorBytes(twin, fileType), (ulong)(new FileInfo(path).Length - file.DataOffset));
    }

    private string Write(TwinSpec spec)
    {
        var path = Path.Combine(_folder, $"{spec.Identity}.gguf");
        using (var stream = File.Create(path))
        {
            TwinModelWriter.Write(spec, stream);
        }

        return path;
    }
}
