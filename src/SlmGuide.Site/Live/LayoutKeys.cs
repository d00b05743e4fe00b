using System.Text;
using System.Text.RegularExpressions;
using SlmGuide.Site.Theming;

namespace SlmGuide.Site.Live;

/// <summary>
/// For each layout, the text of the layout and of every partial it can reach. A page is
/// re-rendered when its layout's key changes, so editing theme/layouts/model.html re-renders the
/// model pages and nothing else, and editing a partial re-renders the layouts that include it.
/// </summary>
public static partial class LayoutKeys
{
    public static IReadOnlyDictionary<string, string> For(Theme theme) =>
        theme.LayoutSources.ToDictionary(
            layout => layout.Key,
            layout => Key(layout.Value, theme.PartialSources),
            StringComparer.Ordinal);

    private static string Key(string layout, IReadOnlyDictionary<string, string> partials)
    {
        var key = new StringBuilder(layout);
        var reached = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([layout]);
        while (pending.TryPop(out var text))
        {
            foreach (var name in Includes(text, partials))
            {
                if (reached.Add(name) && partials.TryGetValue(name, out var partial))
                {
                    pending.Push(partial);
                }
            }
        }

        foreach (var name in reached)
        {
            key.Append('\0').Append(name).Append('\0').Append(partials.GetValueOrDefault(name));
        }

        return key.ToString();
    }

    // An include whose name is computed could reach any partial, so it depends on all of them.
    private static IEnumerable<string> Includes(string template, IReadOnlyDictionary<string, string> partials) =>
        AnyInclude().Count(template) == LiteralInclude().Count(template)
            ? LiteralInclude().Matches(template).Select(m => m.Groups["name"].Value)
            : partials.Keys;

    [GeneratedRegex(@"\binclude\b")]
    private static partial Regex AnyInclude();

    [GeneratedRegex(@"\binclude\s+(?<quote>[""'])(?<name>[^""']+)\k<quote>")]
    private static partial Regex LiteralInclude();
}
