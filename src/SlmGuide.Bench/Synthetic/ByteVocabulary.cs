using System.Globalization;

namespace SlmGuide.Bench.Synthetic;

/// <summary>
/// The smallest vocabulary llama.cpp's SentencePiece-style ("llama") tokenizer accepts: the three
/// special tokens and one token per byte, so any text tokenizes by byte fallback.
/// </summary>
public static class ByteVocabulary
{
    public const int UnknownToken = 0;
    public const int BeginToken = 1;
    public const int EndToken = 2;
    public const int FirstByteToken = 3;
    public const int Size = FirstByteToken + 256;

    // llama_token_type values from llama.h.
    private const int UnknownType = 2;
    private const int ControlType = 3;
    private const int ByteType = 6;

    public static IReadOnlyList<object> Tokens { get; } =
        ["<unk>", "<s>", "</s>", .. Enumerable.Range(0, 256).Select(b => (object)string.Create(CultureInfo.InvariantCulture, $"<0x{b:X2}>"))];

    /// <summary>All zero: there are no merges to rank, byte fallback needs no scores.</summary>
    public static IReadOnlyList<object> Scores { get; } = [.. Enumerable.Repeat((object)0.0f, Size)];

    public static IReadOnlyList<object> TokenTypes { get; } =
        [UnknownType, ControlType, ControlType, .. Enumerable.Repeat((object)ByteType, 256)];

    public static int TokenForByte(byte value) => FirstByteToken + value;
}
