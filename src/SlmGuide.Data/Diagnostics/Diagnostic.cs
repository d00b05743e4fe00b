namespace SlmGuide.Data.Diagnostics;

/// <summary>
/// One problem found in the user's input. Every diagnostic prints the same way,
/// <c>path:line:col: error CODE: message</c>, so editors and CI can jump to the place.
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceLocation Location, string? Hint = null)
{
    public static Diagnostic Error(string code, SourceLocation location, string message, string? hint = null) =>
        new(Severity.Error, code, message, location, hint);

    public static Diagnostic Warning(string code, SourceLocation location, string message, string? hint = null) =>
        new(Severity.Warning, code, message, location, hint);

    public bool IsError => Severity == Severity.Error;

    public override string ToString()
    {
        var kind = IsError ? "error" : "warning";
        var text = $"{Location}: {kind} {Code}: {Message}";
        return Hint is null ? text : $"{text} ({Hint})";
    }
}
