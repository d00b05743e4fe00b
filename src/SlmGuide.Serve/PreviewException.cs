namespace SlmGuide.Serve;

/// <summary>The preview cannot run: the site root is not a site, or the address is taken. Its message is for the author.</summary>
public sealed class PreviewException(string message, string? hint = null) : Exception(message)
{
    public string? Hint { get; } = hint;
}
