namespace SlmGuide.Bench.Native;

/// <summary>The prebuilt llama.cpp libraries are not where the project installs them.</summary>
public sealed class LlamaEngineNotFoundException : Exception
{
    public LlamaEngineNotFoundException()
    {
    }

    public LlamaEngineNotFoundException(string message)
        : base(message)
    {
    }

    public LlamaEngineNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
