using SlmGuide.Data.Diagnostics;
using SlmGuide.Data.Yaml;

namespace SlmGuide.Data.Changes;

/// <summary>Reads and checks data/changelog.yaml; a site without one simply has an empty feed.</summary>
public static class ChangelogLoader
{
    public static Changelog Load(SiteRoot root, DiagnosticBag diagnostics)
    {
        var path = root.Resolve(Changelog.FileName);
        if (!File.Exists(path))
        {
            return new Changelog();
        }

        var changelog = YamlFileBinder.Bind<Changelog>(path, root.Display(path), diagnostics) ?? new Changelog();
        foreach (var change in changelog.Changes.Where(c => c.Page is { } page && !IsSiteUrl(page)))
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.BadFormat,
                change.LocationOf("page"),
                $"`page: {change.Page}` is not a site URL",
                "write the page's URL as the site shows it, starting and ending with `/`, e.g. `/optimization/`"));
        }

        return changelog;
    }

    // Site URLs are what the feed turns into absolute links; anything else would leave the site.
    private static bool IsSiteUrl(string page) =>
        page.StartsWith('/') && !page.StartsWith("//", StringComparison.Ordinal) && !page.Contains(':', StringComparison.Ordinal);
}
