using SlmGuide.Data.Diagnostics;

namespace SlmGuide.Site.Markdown.Shortcodes;

/// <summary>
/// A shortcode as written, <c>{{&lt; name "value" key="value" &gt;}}</c>: its name, its quoted
/// values in order, and its named values with the column of each, for diagnostics.
/// </summary>
public sealed record ShortcodeCall(string Name, int NameColumn, IReadOnlyList<ShortcodeValue> Positional, IReadOnlyList<ShortcodeArgument> Named)
{
    /// <summary>The first named value that is not one of <paramref name="allowed"/>, or is given twice; null when there is none.</summary>
    /// <param name="takes">What the shortcode takes, for the hint when no allowed key is close.</param>
    public ShortcodeProblem? NamedProblem(IReadOnlyList<string> allowed, string takes)
    {
        if (Named.FirstOrDefault(argument => !allowed.Contains(argument.Key)) is { } extra)
        {
            return new(DiagnosticCodes.MalformedShortcode, extra.Column, $"the {Name} shortcode takes no `{extra.Key}`", Suggestions.DidYouMean(extra.Key, allowed) ?? takes);
        }

        return Named.GroupBy(argument => argument.Key).FirstOrDefault(group => group.Count() > 1) is { } repeated
            ? new(DiagnosticCodes.MalformedShortcode, repeated.Last().Column, $"the {Name} shortcode gives `{repeated.Key}` twice", "keep one of them")
            : null;
    }
}

/// <summary>A quoted value and the zero-based column of its opening quote.</summary>
public sealed record ShortcodeValue(string Text, int Column);

/// <summary>A <c>key="value"</c> pair and the zero-based column of its key.</summary>
public sealed record ShortcodeArgument(string Key, ShortcodeValue Value, int Column);

/// <summary>Why a shortcode was refused: its code, the zero-based column, what is wrong and what to do.</summary>
public sealed record ShortcodeProblem(string Code, int Column, string Message, string Hint);
