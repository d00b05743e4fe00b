namespace SlmGuide.Bench.Gguf;

/// <summary>A file is not a GGUF model this reader can trust; the message names the file and the byte offset.</summary>
public sealed class GgufFormatException : Exception
{
    public GgufFormatException()
    {
    }

    public GgufFormatException(string message)
        : base(message)
    {
    }

    public GgufFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public GgufFormatException(string source, long offset, string problem)
        : base($"{source}: byte {offset}: {problem}. The file is not a usable GGUF model; regenerate or re-download it.")
    {
        Source = source;
        Offset = offset;
        Problem = problem;
    }

    /// <summary>Where the problem was found, in bytes from the start of the file.</summary>
    public long Offset { get; }

    /// <summary>What is wrong, without the file name and offset.</summary>
    public string Problem { get; } = string.Empty;
}
