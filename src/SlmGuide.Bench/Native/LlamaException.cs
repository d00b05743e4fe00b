namespace SlmGuide.Bench.Native;

/// <summary>llama.cpp refused an operation (a model that does not load, a failed decode, a failed quantization).</summary>
public sealed class LlamaException : Exception
{
    public LlamaException()
    {
    }

    public LlamaException(string message)
        : base(message)
    {
    }

    public LlamaException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
