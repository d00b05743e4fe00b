using System.Text;

using SlmGuide.Bench.Engine;
using SlmGuide.Bench.Native;
using SlmGuide.Bench.Synthetic;

namespace SlmGuide.Bench.Tests.Native;

[Collection(EngineTestGroup.Name)]
public sealed class LlamaModelTests(TinyModelFixture fixture)
{
    [Fact]
    public void The_tiny_model_loads_and_describes_its_shape()
    {
        var spec = SyntheticModelSpec.Tiny;
        using var model = fixture.Runtime.LoadModel(fixture.ModelPath);

        Assert.Equal(spec.ParameterCount, model.ParameterCount);
        Assert.Equal(spec.ParameterCount * sizeof(float), model.SizeInBytes);
        Assert.Equal(spec.EmbeddingLength, model.EmbeddingLength);
        Assert.Equal(spec.LayerCount, model.LayerCount);
        Assert.Equal(spec.HeadCount, model.HeadCount);
        Assert.Equal(spec.KeyValueHeadCount, model.KeyValueHeadCount);
        Assert.Equal(spec.ContextLength, model.TrainedContextLength);
        Assert.Equal(ByteVocabulary.Size, model.VocabularySize);
        Assert.Equal(1, model.VocabularyType);
        Assert.Equal(LlamaFileType.AllF32, model.FileType);
        Assert.StartsWith("llama ", model.Description, StringComparison.Ordinal);
        Assert.Equal("slmguide-synthetic-tiny", model.Metadata["general.name"]);
    }

    [Fact]
    public void Text_tokenizes_into_a_begin_token_and_byte_tokens()
    {
        using var model = fixture.Runtime.LoadModel(fixture.ModelPath);

        var tokens = model.Tokenize("é!");

        Assert.Equal(ByteVocabulary.BeginToken, tokens[0]);
        var bytes = tokens.Skip(1).SelectMany(model.TokenToBytes).ToArray();
        Assert.EndsWith("é!", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.All(tokens.Skip(1), token => Assert.InRange(token, ByteVocabulary.FirstByteToken, ByteVocabulary.Size - 1));
    }

    [Fact]
    public void Greedy_generation_is_identical_twice()
    {
        using var model = fixture.Runtime.LoadModel(fixture.ModelPath);
        using var context = model.CreateContext(new LlamaContextOptions { ContextSize = 256, Threads = 2 });
        var prompt = model.Tokenize("The quick brown fox");

        var first = context.GenerateGreedy(prompt, 24);
        context.ClearMemory();
        var second = context.GenerateGreedy(prompt, 24);

        Assert.Equal(first, second);
        Assert.Equal(prompt.Length + 24, context.Position);
        Assert.All(first, token => Assert.InRange(token, 0, ByteVocabulary.Size - 1));
    }

    [Fact]
    public void Logits_of_all_positions_end_with_the_logits_of_a_plain_decode()
    {
        using var model = fixture.Runtime.LoadModel(fixture.ModelPath);
        using var context = model.CreateContext(new LlamaContextOptions { ContextSize = 256, Threads = 2 });
        var tokens = model.Tokenize("logits, please");

        context.Decode(tokens);
        var last = context.LastLogits().ToArray();
        context.ClearMemory();
        var positions = new List<int>();
        float[]? final = null;
        context.DecodeWithAllLogits(tokens, (position, logits) =>
        {
            positions.Add(position);
            final = logits.ToArray();
        });

        Assert.Equal(Enumerable.Range(0, tokens.Length), positions);
        Assert.NotNull(final);
        Assert.Equal(ByteVocabulary.Size, final.Length);
        for (var i = 0; i < last.Length; i++)
        {
            Assert.Equal(last[i], final[i], 3);
        }
    }

    [Fact]
    public void A_file_that_is_not_a_model_is_refused_with_the_file_name()
    {
        var path = Path.Combine(Path.GetTempPath(), $"slmguide-not-a-model-{Guid.NewGuid():N}.gguf");
        File.WriteAllText(path, "this is not a GGUF file");
        try
        {
            var error = Assert.Throws<LlamaException>(() => fixture.Runtime.LoadModel(path));
            Assert.Contains(path, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_engine_reports_its_version_and_system_information()
    {
        Assert.False(string.IsNullOrWhiteSpace(LlamaRuntime.Version));
        Assert.Contains("CPU", LlamaRuntime.SystemInfo, StringComparison.Ordinal);
        Assert.True(LlamaEngineLocator.HasLlamaLibrary(fixture.Runtime.LibraryDirectory));
    }
}
