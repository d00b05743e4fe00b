using SlmGuide.Data.Diagnostics;

namespace SlmGuide.Data.Binding;

/// <summary>
/// A <see cref="Ref{T}"/> seen without its type argument, so code that walks records can check
/// every reference alike, whatever it points at.
/// </summary>
public interface IReference
{
    string Id { get; }

    SourceLocation Location { get; }

    /// <summary>The record type whose entries the id must name.</summary>
    Type Target { get; }
}
