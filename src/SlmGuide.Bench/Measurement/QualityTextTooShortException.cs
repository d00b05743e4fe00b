namespace SlmGuide.Bench.Measurement;

/// <summary>The quality text gives a model fewer than two tokens: there is no next token to score. The author's text is at fault, not the engine.</summary>
public sealed class QualityTextTooShortException : Exception
{
    public QualityTextTooShortException()
    {
    }

    public QualityTextTooShortException(string message)
        : base(message)
    {
    }

    public QualityTextTooShortException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
