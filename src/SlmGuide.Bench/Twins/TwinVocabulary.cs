using System.Globalization;
using SlmGuide.Bench.Synthetic;

namespace SlmGuide.Bench.Twins;

/// <summary>
/// A vocabulary of the real model's size: the byte-level vocabulary of the synthetic models
/// (so any text still tokenizes by byte fallback), filled up with placeholder tokens that no text
/// contains. The embedding and output matrices, and the logits, get the real model's shape.
/// </summary>
public static class TwinVocabulary
{
    // llama_token_type NORMAL from llama.h.
    private const int NormalType = 1;

    public static IReadOnlyList<object> Tokens(int size) =>
        [.. ByteVocabulary.Tokens, .. Enumerable.Range(ByteVocabulary.Size, Placeholders(size)).Select(id => (object)string.Create(CultureInfo.InvariantCulture, $"<|twin_{id}|>"))];

    public static IReadOnlyList<object> Scores(int size) => [.. Enumerable.Repeat((object)0.0f, size)];

    public static IReadOnlyList<object> TokenTypes(int size) =>
        [.. ByteVocabulary.TokenTypes, .. Enumerable.Repeat((object)NormalType, Placeholders(size))];

    private static int Placeholders(int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, ByteVocabulary.Size);
        return size - ByteVocabulary.Size;
    }
}
