namespace SlmGuide.Data.Diagnostics;

/// <summary>"Did you mean …?" hints: the known names closest to what the author typed.</summary>
public static class Suggestions
{
    public static IReadOnlyList<string> Closest(string typed, IEnumerable<string> known, int max = 3)
    {
        var limit = Math.Max(2, typed.Length / 3);
        return [.. known
            .Distinct(StringComparer.Ordinal)
            .Select(name => (name, distance: Distance(typed.ToLowerInvariant(), name.ToLowerInvariant())))
            .Where(candidate => candidate.distance <= limit || IsPrefixEither(typed, candidate.name))
            .OrderBy(candidate => candidate.distance)
            .ThenBy(candidate => candidate.name, StringComparer.Ordinal)
            .Take(max)
            .Select(candidate => candidate.name)];
    }

    /// <summary>A hint naming the closest candidates, or null when nothing is close.</summary>
    public static string? DidYouMean(string typed, IEnumerable<string> known)
    {
        var closest = Closest(typed, known);
        return closest.Count == 0 ? null : $"did you mean {string.Join(" or ", closest.Select(c => $"`{c}`"))}?";
    }

    private static bool IsPrefixEither(string a, string b) =>
        a.Length >= 3 && b.Length >= 3 &&
        (a.StartsWith(b, StringComparison.OrdinalIgnoreCase) || b.StartsWith(a, StringComparison.OrdinalIgnoreCase));

    // Optimal string alignment distance: a transposed pair of letters is one typo, not two.
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
