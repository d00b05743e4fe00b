namespace SlmGuide.Data.Diagnostics.Languages;

/// <summary>
/// Turns a diagnostic's English message and hint into the chosen language through one catalog
/// (<see cref="JapaneseMessages"/>). The English text stays the source: every check writes it,
/// tests read it, and a message the catalog lacks is shown in English rather than not at all.
/// </summary>
public static class MessageTranslator
{
    private static readonly Lazy<IReadOnlyList<MessageTemplate>> Messages = new(() => Compile(JapaneseMessages.Messages));
    private static readonly Lazy<IReadOnlyList<MessageTemplate>> Fragments = new(() => Compile(JapaneseMessages.Fragments));

    public static Diagnostic Localize(Diagnostic diagnostic, MessageLanguage language)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return language == MessageLanguage.English
            ? diagnostic
            : diagnostic with
            {
                Message = Translate(diagnostic.Message) ?? diagnostic.Message,
                Hint = diagnostic.Hint is null ? null : Translate(diagnostic.Hint) ?? diagnostic.Hint,
            };
    }

    /// <summary>The Japanese form of a whole message or hint, or null when the catalog has none.</summary>
    public static string? Translate(string english) => Apply(Messages.Value, english);

    // A hole marked for translation may hold a fragment (a list, a kind of value) or a whole message.
    private static string TranslateHole(string text) => Apply(Fragments.Value, text) ?? Apply(Messages.Value, text) ?? text;

    private static string? Apply(IReadOnlyList<MessageTemplate> templates, string english)
    {
        foreach (var template in templates)
        {
            if (template.Apply(english, TranslateHole) is { } translated)
            {
                return translated;
            }
        }

        return null;
    }

    private static List<MessageTemplate> Compile(IReadOnlyDictionary<string, string> catalog) =>
        [.. catalog.Select(pair => new MessageTemplate(pair.Key, pair.Value))
            .OrderByDescending(template => template.LiteralLength)
            .ThenBy(template => template.English, StringComparer.Ordinal)];
}
