using SlmGuide.Data.Diagnostics;

namespace SlmGuide.Site.Theming;

/// <summary>
/// What a render made, with the problems it met on the way. The two travel together so that a
/// cache keeping the value keeps its problems too: every build that reuses a rendered table or
/// body reports them again, instead of only the build that happened to render it first.
/// </summary>
public sealed record Rendered<T>(T Value, IReadOnlyList<Diagnostic> Diagnostics);

public static class Rendered
{
    /// <summary>A render that met no problem.</summary>
    public static Rendered<T> Clean<T>(T value) => new(value, []);
}
