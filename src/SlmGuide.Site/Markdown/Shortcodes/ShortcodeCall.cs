namespace SlmGuide.Site.Markdown.Shortcodes;

/// <summary>
/// A shortcode as written, <c>{{&lt; name "value" key="value" &gt;}}</c>: its name, its quoted
/// values in order, and its named values with the column of each, for diagnostics.
/// </summary>
public sealed record ShortcodeCall(string Name, int NameColumn, IReadOnlyList<ShortcodeValue> Positional, IReadOnlyList<ShortcodeArgument> Named);

/// <summary>A quoted value and the zero-based column of its opening quote.</summary>
public sealed record ShortcodeValue(string Text, int Column);

/// <summary>A <c>key="value"</c> pair and the zero-based column of its key.</summary>
public sealed record ShortcodeArgument(string Key, ShortcodeValue Value, int Column);

/// <summary>Why a shortcode was refused: its code, the zero-based column, what is wrong and what to do.</summary>
public sealed record ShortcodeProblem(string Code, int Column, string Message, string Hint);
