using SlmGuide.Data.Binding;
using SlmGuide.Data.Survey;

namespace SlmGuide.Data.Tests.Walking;

/// <summary>
/// A file record only the tests know: no check, list or walker in the product names it, so it
/// stands for a survey list added tomorrow.
/// </summary>
public sealed record GadgetsFile : Entry
{
    public IReadOnlyList<Gadget> Gadgets { get; init; } = [];
}

public sealed record Gadget : FactRow
{
    [Label("名前")]
    public required string Name { get; init; }
}
