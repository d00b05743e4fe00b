using System.Text;
using System.Text.RegularExpressions;

namespace SlmGuide.Data.Diagnostics.Languages;

/// <summary>
/// One entry of a catalog: an English message with holes (<c>{0}</c> keeps what filled it, such
/// as an id or a path; <c>{0:t}</c> translates it too, such as a list of names joined by "or")
/// and its translation, which places the same holes as <c>{0}</c>.
/// </summary>
internal sealed partial class MessageTemplate
{
    private readonly Regex _english;
    private readonly string _translation;
    private readonly HashSet<int> _translated;

    public MessageTemplate(string english, string translation)
    {
        var pattern = new StringBuilder("^");
        var translated = new HashSet<int>();
        var last = 0;
        foreach (Match hole in Hole().Matches(english))
        {
            pattern.Append(Regex.Escape(english[last..hole.Index]));
            var number = int.Parse(hole.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
            pattern.Append("(?<h").Append(number).Append(">.+?)");
            if (hole.Groups["t"].Success)
            {
                translated.Add(number);
            }

            LiteralLength += hole.Index - last;
            last = hole.Index + hole.Length;
        }

        pattern.Append(Regex.Escape(english[last..])).Append('$');
        LiteralLength += english.Length - last;
        _english = new Regex(pattern.ToString(), RegexOptions.Singleline | RegexOptions.CultureInvariant);
        _translation = translation;
        _translated = translated;
        English = english;
    }

    public string English { get; }

    /// <summary>How much fixed text the template has: the more, the more specific, and the sooner it is tried.</summary>
    public int LiteralLength { get; }

    /// <summary>The translation of <paramref name="message"/>, or null when this template does not fit it.</summary>
    public string? Apply(string message, Func<string, string> translateHole)
    {
        var match = _english.Match(message);
        if (!match.Success)
        {
            return null;
        }

        return Hole().Replace(_translation, hole =>
        {
            var number = int.Parse(hole.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var text = match.Groups["h" + number].Value;
            return _translated.Contains(number) ? translateHole(text) : text;
        });
    }

    [GeneratedRegex(@"\{(?<n>\d)(?<t>:t)?\}")]
    private static partial Regex Hole();
}
