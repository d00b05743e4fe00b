using System.Collections.Concurrent;

namespace SlmGuide.Data.Diagnostics;

/// <summary>
/// Collects every problem instead of stopping at the first, so an author fixes a file in one pass.
/// Safe to fill from parallel stages; <see cref="Sorted"/> gives a stable order for output.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            _items.Enqueue(diagnostic);
        }
    }

    public bool HasErrors => _items.Any(d => d.IsError);

    public int Count => _items.Count;

    public IReadOnlyList<Diagnostic> Sorted =>
        [.. _items
            .Distinct()
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)];
}
