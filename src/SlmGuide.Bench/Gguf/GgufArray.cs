namespace SlmGuide.Bench.Gguf;

/// <summary>
/// An array metadata value. Long arrays (a 150,000-token vocabulary) are counted but not kept:
/// <see cref="Items"/> is null when the reader skipped them, which keeps memory bounded.
/// </summary>
public sealed record GgufArray(GgufValueType ElementType, ulong Count, IReadOnlyList<object>? Items);
