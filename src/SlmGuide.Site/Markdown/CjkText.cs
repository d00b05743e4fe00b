using System.Text;
using Markdig.Syntax.Inlines;

namespace SlmGuide.Site.Markdown;

/// <summary>
/// Which characters are written without spaces between them (kana, kanji, full-width forms and
/// CJK punctuation), and the text at either end of an inline, looking inside emphasis and links.
/// </summary>
internal static class CjkText
{
    public static bool IsWide(int codePoint) => codePoint switch
    {
        >= 0x2E80 and <= 0x2FDF => true,   // CJK radicals, Kangxi radicals
        >= 0x3000 and <= 0x303F => true,   // CJK symbols and punctuation (、。「」)
        >= 0x3040 and <= 0x30FF => true,   // hiragana, katakana
        >= 0x31F0 and <= 0x31FF => true,   // katakana phonetic extensions
        >= 0x3200 and <= 0x4DBF => true,   // enclosed CJK, CJK compatibility, extension A
        >= 0x4E00 and <= 0x9FFF => true,   // CJK unified ideographs
        >= 0xF900 and <= 0xFAFF => true,   // CJK compatibility ideographs
        >= 0xFE30 and <= 0xFE4F => true,   // CJK compatibility forms
        >= 0xFF01 and <= 0xFF60 => true,   // full-width ASCII forms and punctuation
        >= 0xFF61 and <= 0xFF9F => true,   // half-width katakana
        >= 0x20000 and <= 0x3FFFF => true, // ideographs of the supplementary planes
        _ => false,
    };

    public static int? LastChar(Inline inline) => inline switch
    {
        LiteralInline literal when !literal.Content.IsEmpty => LastRune(literal.Content.ToString()),
        CodeInline code when code.Content.Length > 0 => LastRune(code.Content),
        ContainerInline container => LastCharOfChildren(container),
        _ => null,
    };

    public static int? FirstChar(Inline inline) => inline switch
    {
        LiteralInline literal when !literal.Content.IsEmpty => FirstRune(literal.Content.ToString()),
        CodeInline code when code.Content.Length > 0 => FirstRune(code.Content),
        ContainerInline container => FirstCharOfChildren(container),
        _ => null,
    };

    private static int? LastCharOfChildren(ContainerInline container)
    {
        for (var child = container.LastChild; child is not null; child = child.PreviousSibling)
        {
            if (LastChar(child) is int found)
            {
                return found;
            }
        }

        return null;
    }

    private static int? FirstCharOfChildren(ContainerInline container)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            if (FirstChar(child) is int found)
            {
                return found;
            }
        }

        return null;
    }

    private static int LastRune(string text) =>
        Rune.DecodeLastFromUtf16(text, out var rune, out _) == System.Buffers.OperationStatus.Done ? rune.Value : -1;

    private static int FirstRune(string text) =>
        Rune.DecodeFromUtf16(text, out var rune, out _) == System.Buffers.OperationStatus.Done ? rune.Value : -1;
}
