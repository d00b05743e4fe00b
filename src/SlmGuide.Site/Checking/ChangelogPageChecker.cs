using SlmGuide.Data.Changes;
using SlmGuide.Data.Diagnostics;
using SlmGuide.Site.Pages;

namespace SlmGuide.Site.Checking;

/// <summary>
/// A changelog entry's `page:` becomes a link in the Atom feed, so it must name a page this build
/// writes; a URL that climbs out (`/../../etc/`) or names no page would send readers nowhere.
/// </summary>
public static class ChangelogPageChecker
{
    public static void Check(Changelog changelog, IReadOnlyList<PlannedPage> pages, DiagnosticBag diagnostics)
    {
        var urls = pages.Select(page => page.Url).ToHashSet(StringComparer.Ordinal);
        foreach (var change in changelog.Changes)
        {
            // Values that are not site URLs at all are the loader's D013 already.
            if (change.Page is not { } page || !page.StartsWith('/') || page.StartsWith("//", StringComparison.Ordinal) || page.Contains(':', StringComparison.Ordinal))
            {
                continue;
            }

            var path = page.Split('#', 2)[0];
            if (!urls.Contains(path))
            {
                diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.ChangelogPageMissing,
                    change.LocationOf("page"),
                    $"`page: {page}` is not a page of the site",
                    Suggestions.DidYouMean(path, urls) ?? "write the URL of a page the site has, as its address bar shows it, such as `/optimization/`"));
            }
        }
    }
}
