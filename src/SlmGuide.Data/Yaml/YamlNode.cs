using SlmGuide.Data.Diagnostics;

namespace SlmGuide.Data.Yaml;

/// <summary>
/// A YAML node that remembers where it came from. Our own small tree (rather than YamlDotNet's
/// representation model) so that aliases never exist in it and every value keeps its position.
/// </summary>
public abstract record YamlNode(SourceLocation Location)
{
    public abstract string KindName { get; }
}

public sealed record YamlScalar(string Value, bool IsPlain, SourceLocation Location) : YamlNode(Location)
{
    public override string KindName => "a scalar";

    /// <summary>An unquoted empty value, <c>~</c> or <c>null</c>: YAML's way of saying "nothing".</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";
}

public sealed record YamlSequence(IReadOnlyList<YamlNode> Items, SourceLocation Location) : YamlNode(Location)
{
    public override string KindName => "a list";
}

public sealed record YamlMapping(IReadOnlyList<YamlEntry> Entries, SourceLocation Location) : YamlNode(Location)
{
    public override string KindName => "a mapping";
}

public sealed record YamlEntry(YamlScalar Key, YamlNode Value);
