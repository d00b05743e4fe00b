namespace SlmGuide.Bench.Native;

/// <summary>Severity of a llama.cpp log line (<c>enum ggml_log_level</c>; "continue" lines are joined to their start).</summary>
public enum LlamaLogLevel
{
    Debug = 1,
    Info = 2,
    Warning = 3,
    Error = 4,
}
