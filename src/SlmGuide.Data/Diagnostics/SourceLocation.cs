namespace SlmGuide.Data.Diagnostics;

/// <summary>A place in a source file. Line and column are 1-based, as editors show them.</summary>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    public static SourceLocation StartOf(string path) => new(path, 1, 1);

    public override string ToString() => $"{Path}:{Line}:{Column}";
}
