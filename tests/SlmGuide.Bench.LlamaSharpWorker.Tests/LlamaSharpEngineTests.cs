using SlmGuide.Bench.Engine;
using SlmGuide.Bench.Native;

namespace SlmGuide.Bench.LlamaSharpWorker.Tests;

[Collection(LlamaSharpTestGroup.Name)]
public sealed class LlamaSharpEngineTests(LlamaSharpFixture fixture)
{
    private static readonly LlamaContextOptions SmallContext = new() { ContextSize = 128, BatchSize = 64, MicroBatchSize = 64, Threads = 2 };

    [Fact]
    public void The_engine_names_the_package_version_the_llama_cpp_commit_and_the_library_it_loaded()
    {
        Assert.Matches(@"^LLamaSharp 0\.30\.0 \(llama\.cpp [0-9a-f]{7,}, (avx512|avx2|avx|noavx)/libllama\.so sha256:[0-9a-f]{12}\)$", fixture.Engine.Identity);
        Assert.Same(BenchEngine.LlamaSharp, fixture.Engine.Kind);
        Assert.True(File.Exists(Path.Combine(fixture.Engine.LibraryDirectory, "libllama.so")));
    }

    [Fact]
    public void The_tiny_model_loads_and_describes_itself()
    {
        using var model = fixture.Engine.LoadModel(fixture.ModelPath);

        Assert.Equal("F32", model.FileTypeName);
        Assert.Contains("F32", model.Description, StringComparison.Ordinal);
        Assert.Equal(259, model.VocabularySize);
        Assert.True(model.ParameterCount > 0);
        Assert.True(model.SizeInBytes >= model.ParameterCount * 4);
        Assert.True(model.AddsBeginningOfSequence);
        Assert.Equal(1, model.BeginningOfSequenceToken);
        Assert.Equal(fixture.ModelPath, model.Path);
    }

    [Fact]
    public void Greedy_generation_gives_the_same_tokens_twice()
    {
        using var model = fixture.Engine.LoadModel(fixture.ModelPath);
        using var context = model.CreateContext(SmallContext);
        var prompt = model.Tokenize("同じ入力からは同じ出力");

        var first = context.GenerateGreedy(prompt, 24);
        context.ClearMemory();
        var second = context.GenerateGreedy(prompt, 24);

        Assert.Equal(first, second);
        Assert.All(first, token => Assert.InRange(token, 0, model.VocabularySize - 1));
    }

    [Fact]
    public void LLamaSharp_s_quantizer_writes_models_of_the_asked_type_that_are_smaller()
    {
        using var q8 = fixture.Engine.LoadModel(fixture.Q8Path);
        using var q4 = fixture.Engine.LoadModel(fixture.Q4Path);

        Assert.Equal("Q8_0", q8.FileTypeName);
        Assert.Equal("Q4_0", q4.FileTypeName);
        Assert.True(new FileInfo(fixture.Q4Path).Length < new FileInfo(fixture.Q8Path).Length);
        Assert.True(new FileInfo(fixture.Q8Path).Length < new FileInfo(fixture.ModelPath).Length);
    }

    [Fact]
    public void A_failed_quantization_is_a_llama_exception_and_leaves_no_file()
    {
        var folder = Directory.CreateTempSubdirectory("slmguide-llamasharp-bad-").FullName;
        try
        {
            var notAModel = Path.Combine(folder, "not-a-model.gguf");
            File.WriteAllText(notAModel, "this is not a GGUF file");
            var output = Path.Combine(folder, "out.gguf");

            var exception = Assert.Throws<LlamaException>(() => fixture.Engine.Quantize(notAModel, output, LlamaFileType.MostlyQ8_0, threads: 1));

            Assert.Contains("could not quantize to Q8_0", exception.Message, StringComparison.Ordinal);
            Assert.Equal(["not-a-model.gguf"], Directory.GetFiles(folder).Select(Path.GetFileName));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_missing_model_file_is_a_llama_exception_naming_it()
    {
        var missing = Path.Combine(Path.GetTempPath(), "slmguide-no-such-model.gguf");

        var exception = Assert.Throws<LlamaException>(() => fixture.Engine.LoadModel(missing));

        Assert.Contains("slmguide-no-such-model.gguf: model file not found", exception.Message, StringComparison.Ordinal);
    }
}
