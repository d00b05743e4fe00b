using System.Globalization;

namespace SlmGuide.Site.Content;

/// <summary>
/// A front-matter <c>slug</c> names one URL segment, the page's own, inside its folder: a slug
/// that could climb (<c>..</c>) or reach into another folder (<c>a/b</c>, <c>a\b</c>) would let a
/// page be written over another page, or outside the output altogether.
/// </summary>
internal static class SlugRule
{
    /// <summary>Null when the slug is one plain segment; otherwise what is wrong with it.</summary>
    public static string? Problem(string slug)
    {
        if (slug.Trim('.').Length == 0)
        {
            return $"`{slug}` is not a page name: a slug cannot be empty or only dots";
        }

        if (slug.IndexOfAny(['/', '\\']) >= 0)
        {
            return $"`{slug}` holds a slash: a slug is one URL segment, the page's own name";
        }

        return slug.Any(IsUnseen)
            ? $"`{slug}` holds a space or an invisible character, which a URL cannot show"
            : null;
    }

    /// <summary>A space or an invisible character: one a reader cannot see in a URL, so no path written by an author may hold it.</summary>
    public static bool IsUnseen(char c) =>
        char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format || char.IsWhiteSpace(c);
}
