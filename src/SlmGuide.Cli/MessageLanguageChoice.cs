using System.CommandLine;
using SlmGuide.Data.Diagnostics;
using SlmGuide.Data.Diagnostics.Languages;

namespace SlmGuide.Cli;

/// <summary>
/// The language of this run's diagnostics: <c>--lang ja|en</c> on any verb, else English when
/// <c>LANG</c> starts with <c>en</c>, else Japanese. Chosen once when the command line is parsed;
/// codes and locations print the same in both.
/// </summary>
internal static class MessageLanguageChoice
{
    public static Option<string?> Option { get; } = CreateOption();

    public static MessageLanguage Current { get; private set; } = MessageLanguage.Japanese;

    public static void Choose(ParseResult parse) =>
        Current = MessageLanguages.Choose(parse.GetValue(Option), Environment.GetEnvironmentVariable("LANG"));

    public static Diagnostic Localize(Diagnostic diagnostic) => MessageTranslator.Localize(diagnostic, Current);

    /// <summary>A line of the command's own (a verdict), in this run's language.</summary>
    public static string Text(string english) =>
        Current == MessageLanguage.English ? english : MessageTranslator.Translate(english) ?? english;

    private static Option<string?> CreateOption()
    {
        var option = new Option<string?>("--lang")
        {
            Description = "Language of the messages: ja (default) or en; without it, LANG starting with `en` picks English",
            Recursive = true,
        };
        option.AcceptOnlyFromAmong([.. MessageLanguages.Names]);
        return option;
    }
}
