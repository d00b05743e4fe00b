namespace SlmGuide.Bench.Suite;

/// <summary>A model file could not be made, found or verified; the message names the suite entry and the fix.</summary>
public sealed class BenchPreparationException : Exception
{
    public BenchPreparationException()
    {
    }

    public BenchPreparationException(string message)
        : base(message)
    {
    }

    public BenchPreparationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
