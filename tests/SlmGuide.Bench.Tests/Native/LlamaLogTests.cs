using SlmGuide.Bench.Native;

namespace SlmGuide.Bench.Tests.Native;

[Collection(EngineTestGroup.Name)]
public sealed class LlamaLogTests(TinyModelFixture fixture)
{
    [Fact]
    public void Engine_log_lines_reach_our_sink_whole_and_with_their_level()
    {
        var sink = new CollectingSink();
        var previous = LlamaRuntime.LogSink;
        LlamaRuntime.LogSink = sink;
        try
        {
            using var model = fixture.Runtime.LoadModel(fixture.ModelPath);
        }
        finally
        {
            LlamaRuntime.LogSink = previous;
        }

        Assert.NotEmpty(sink.Lines);
        Assert.Contains(sink.Lines, line => line.Text.Contains("llama", StringComparison.Ordinal));
        Assert.All(sink.Lines, line => Assert.DoesNotContain('\n', line.Text));
        Assert.All(sink.Lines, line => Assert.True(Enum.IsDefined(line.Level)));
    }

    private sealed class CollectingSink : ILlamaLogSink
    {
        public List<(LlamaLogLevel Level, string Text)> Lines { get; } = [];

        public void Write(LlamaLogLevel level, string line) => Lines.Add((level, line));
    }
}
