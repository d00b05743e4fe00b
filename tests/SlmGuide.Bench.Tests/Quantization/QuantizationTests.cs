using SlmGuide.Bench.Engine;
using SlmGuide.Bench.Gguf;
using SlmGuide.Bench.Native;
using SlmGuide.Bench.Quantization;

namespace SlmGuide.Bench.Tests.Quantization;

[Collection(EngineTestGroup.Name)]
public sealed class QuantizationTests(TinyModelFixture fixture)
{
    public static TheoryData<LlamaFileType, GgmlType> Variants => new()
    {
        { LlamaFileType.MostlyF16, GgmlType.F16 },
        { LlamaFileType.MostlyQ8_0, GgmlType.Q8_0 },
        { LlamaFileType.MostlyQ6_K, GgmlType.Q6_K },
        { LlamaFileType.MostlyQ5_K_M, GgmlType.Q5_K },
        { LlamaFileType.MostlyQ4_K_M, GgmlType.Q4_K },
        { LlamaFileType.MostlyQ4_0, GgmlType.Q4_0 },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Each_variant_is_smaller_loads_back_and_holds_its_tensor_type(LlamaFileType fileType, GgmlType expectedType)
    {
        var quantizer = new ModelQuantizer(fixture.Runtime);
        var output = Path.Combine(Directory.CreateTempSubdirectory("slmguide-quantize-").FullName, "tiny.gguf");
        try
        {
            quantizer.Quantize(fixture.ModelPath, output, fileType, threads: 2);

            Assert.True(new FileInfo(output).Length < new FileInfo(fixture.ModelPath).Length);
            var file = GgufReader.Read(output);
            Assert.Contains(file.TensorTypeCounts, pair => pair.Key == expectedType);
            Assert.Equal((uint)fileType, file.GetUnsigned("general.file_type"));
            using var model = fixture.Runtime.LoadModel(output);
            Assert.Equal(fileType, model.FileType);
            Assert.Equal(file.ParameterCount, model.ParameterCount);
            using var context = model.CreateContext(new LlamaContextOptions { ContextSize = 128, Threads = 2 });
            Assert.Equal(8, context.GenerateGreedy(model.Tokenize("quantized"), 8).Length);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(output)!, recursive: true);
        }
    }

    [Fact]
    public void The_standard_variants_are_the_six_the_suite_reports()
    {
        Assert.Equal(["F16", "Q8_0", "Q6_K", "Q5_K_M", "Q4_K_M", "Q4_0"], ModelQuantizer.StandardVariants.Select(ModelQuantizer.DisplayName));
    }

    [Fact]
    public void Quantizing_a_missing_file_names_it()
    {
        var quantizer = new ModelQuantizer(fixture.Runtime);
        var missing = Path.Combine(Path.GetTempPath(), $"slmguide-missing-{Guid.NewGuid():N}.gguf");

        var error = Assert.Throws<LlamaException>(() => quantizer.Quantize(missing, missing + ".out", LlamaFileType.MostlyQ8_0));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Quantizing_a_file_that_is_not_a_model_fails_cleanly_and_leaves_no_output()
    {
        var folder = Directory.CreateTempSubdirectory("slmguide-quantize-bad-").FullName;
        var input = Path.Combine(folder, "bad.gguf");
        var output = Path.Combine(folder, "bad-Q8_0.gguf");
        File.WriteAllBytes(input, "GGUF\u0003\0\0\0"u8.ToArray());
        try
        {
            var error = Assert.Throws<LlamaException>(() => new ModelQuantizer(fixture.Runtime).Quantize(input, output, LlamaFileType.MostlyQ8_0));

            Assert.Contains(input, error.Message, StringComparison.Ordinal);
            Assert.Equal(["bad.gguf"], Directory.GetFiles(folder).Select(Path.GetFileName));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
