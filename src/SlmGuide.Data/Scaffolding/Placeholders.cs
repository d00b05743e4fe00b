using System.Text.RegularExpressions;

namespace SlmGuide.Data.Scaffolding;

/// <summary>
/// Text that stands in for a value not written yet: the survey template's bracketed instructions
/// such as <c>[トレンド概要を記入]</c>, the scaffolds' <c>[名前を記入]</c>, and the date stand-in
/// <c>YYYY-MM-DD</c>. The placeholder check reports them; a draft row may hold them in place of typed values.
/// </summary>
public static partial class Placeholders
{
    /// <summary>Every placeholder inside a line of text.</summary>
    public static MatchCollection In(string line) => Pattern().Matches(line);

    /// <summary>Whether a whole value is a placeholder, as the scaffold writes it.</summary>
    public static bool IsWhole(string value)
    {
        var text = value.Trim();
        return Pattern().Match(text) is { Success: true } match && match.Length == text.Length;
    }

    // The template's instructions all ask the writer to fill something in: 記入, 列挙, 箇条書き.
    [GeneratedRegex(@"\[[^\[\]\n]{0,40}(?:記入|列挙|箇条書き)[^\[\]\n]{0,20}\]|YYYY-MM-DD")]
    private static partial Regex Pattern();
}
