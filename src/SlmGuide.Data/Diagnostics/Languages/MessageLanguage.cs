namespace SlmGuide.Data.Diagnostics.Languages;

/// <summary>The language diagnostics are printed in. Codes and locations are the same in both.</summary>
public enum MessageLanguage
{
    Japanese,
    English,
}

/// <summary>How the command picks the language: <c>--lang</c> first, then <c>LANG</c>; Japanese, the guide's own language, by default.</summary>
public static class MessageLanguages
{
    public static IReadOnlyList<string> Names { get; } = ["ja", "en"];

    /// <summary>The short name of <paramref name="language"/>, as <c>--lang</c> takes it.</summary>
    public static string NameOf(MessageLanguage language) => language == MessageLanguage.English ? "en" : "ja";

    /// <param name="option">The value of <c>--lang</c> (<c>ja</c> or <c>en</c>), or null.</param>
    /// <param name="lang">The <c>LANG</c> environment variable, or null.</param>
    public static MessageLanguage Choose(string? option, string? lang) => option switch
    {
        "en" => MessageLanguage.English,
        "ja" => MessageLanguage.Japanese,
        _ => lang is not null && lang.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? MessageLanguage.English : MessageLanguage.Japanese,
    };
}
