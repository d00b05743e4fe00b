namespace SlmGuide.Site.Content;

/// <summary>
/// An alias is written as a folder under the output, so it must be a plain site path: one that
/// could climb (<c>/../</c>) or name no folder would put a file outside the site or over its home page.
/// </summary>
internal static class AliasRule
{
    /// <summary>Null when the alias is a plain site path such as <c>/old/path/</c>; otherwise what is wrong with it.</summary>
    public static string? Problem(string alias)
    {
        if (!alias.StartsWith('/') || !alias.EndsWith('/') || alias == "/")
        {
            return $"`{alias}` is not a site path: an alias starts and ends with `/` and names at least one folder, as in `/old/path/`";
        }

        var segments = alias.Trim('/').Split('/');
        if (segments.Any(segment => segment.Length == 0 || segment.Trim('.').Length == 0 || segment.Contains('\\', StringComparison.Ordinal)))
        {
            return $"`{alias}` has an empty, dot-only or backslashed segment, which could lead outside the site";
        }

        return alias.Any(c => SlugRule.IsUnseen(c) || c is '?' or '#' or '%')
            ? $"`{alias}` holds a space, `?`, `#`, `%` or an invisible character; write the path as the reader sees it, unencoded"
            : null;
    }
}
