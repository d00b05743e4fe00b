using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SlmGuide.Data.Diagnostics;
using SlmGuide.Site.Markdown;
using SlmGuide.Site.Pages;

namespace SlmGuide.Site.Checking;

/// <summary>
/// Checks every link an author wrote in Markdown that points inside the site: the page must
/// exist and, on content pages, the anchor too (Japanese heading ids included). Reported at the
/// link's own line, so a renamed heading or page is caught before readers find the dead end.
/// </summary>
public static class LinkChecker
{
    /// <param name="published">What the enabled output steps write beside the pages: files, and folders ending in <c>/</c>.</param>
    public static void Check(IReadOnlyList<ParsedPage> pages, IReadOnlyList<PlannedPage> planned, IEnumerable<string> published, DiagnosticBag diagnostics)
    {
        var urls = planned.Select(p => p.Url).ToHashSet(StringComparer.Ordinal);
        var files = new Published(published);
        // Two pages on one URL are reported by the planner; the first one's anchors stand here.
        var anchors = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            anchors.TryAdd(page.Page.Url, page.Anchors);
        }


        foreach (var page in pages)
        {
            foreach (var link in page.Links)
            {
                var url = link.Url;
                if (!IsInternal(url))
                {
                    continue;
                }

                if (Problem(page.Page.Url, url, urls, anchors, files) is var (problem, closest) && problem is not null)
                {
                    var at = page.Page.LineOf(link.Line);
                    diagnostics.Add(Diagnostic.Error(
                        DiagnosticCodes.BrokenLink,
                        at with { Column = link.Column + 1 },
                        $"the link `{url}` {problem}",
                        closest ?? "fix the address, or the heading or page it points at"));
                }
            }
        }
    }

    private static bool IsInternal(string url) =>
        !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains(':', StringComparison.Ordinal);

    // What is wrong with the link (null when nothing is) and a did-you-mean naming the closest pages or anchors.
    private static (string? Problem, string? Closest) Problem(string pageUrl, string url, HashSet<string> urls, Dictionary<string, IReadOnlySet<string>> anchors, Published files)
    {
        var resolved = new Uri(new Uri("https://site.invalid" + pageUrl), url);
        var path = Uri.UnescapeDataString(resolved.AbsolutePath);
        var fragment = Uri.UnescapeDataString(resolved.Fragment.TrimStart('#'));

        if (files.Contains(path))
        {
            return (null, null);
        }

        if (!urls.Contains(path))
        {
            return urls.Contains(path + "/")
                ? ($"needs a trailing slash (`{path}/`)", $"write `{path}/`")
                : ("points at a page that does not exist", Suggestions.DidYouMean(path, urls.Concat(files.Files)));
        }

        return fragment.Length > 0 && anchors.TryGetValue(path, out var ids) && !ids.Contains(fragment)
            ? ($"points at `#{fragment}`, which is not a heading or table on {path}", ClosestAnchors(fragment, ids))
            : (null, null);
    }

    private static string? ClosestAnchors(string fragment, IReadOnlySet<string> ids) =>
        Suggestions.Closest(fragment, ids) is { Count: > 0 } closest
            ? $"did you mean {string.Join(" or ", closest.Select(id => $"`#{id}`"))}?"
            : null;

    // Links into files the build writes beside the pages are fine without a page.
    private sealed class Published(IEnumerable<string> paths)
    {
        private readonly List<string> _paths = [.. paths];

        /// <summary>The single files among them (the images beside the pages), which a mistyped link may have meant.</summary>
        public IEnumerable<string> Files => _paths.Where(path => !path.EndsWith('/'));

        public bool Contains(string path) =>
            _paths.Any(published => published.EndsWith('/') ? path.StartsWith(published, StringComparison.Ordinal) : path == published);
    }
}
