namespace SlmGuide.Bench.Native;

/// <summary>Receives llama.cpp's log, one complete line at a time.</summary>
public interface ILlamaLogSink
{
    void Write(LlamaLogLevel level, string line);
}
