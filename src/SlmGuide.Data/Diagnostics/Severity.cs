namespace SlmGuide.Data.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
