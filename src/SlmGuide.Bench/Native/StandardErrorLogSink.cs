namespace SlmGuide.Bench.Native;

/// <summary>Writes llama.cpp lines at or above a level to standard error, prefixed so they are easy to tell apart.</summary>
public sealed class StandardErrorLogSink(LlamaLogLevel minimumLevel) : ILlamaLogSink
{
    public void Write(LlamaLogLevel level, string line)
    {
        if (level >= minimumLevel)
        {
            Console.Error.WriteLine($"llama.cpp {level.ToString().ToLowerInvariant()}: {line}");
        }
    }
}
