using SlmGuide.Data;

namespace SlmGuide.Site.Content;

/// <summary>A file under content/ that is not a page, and the site path it is published at.</summary>
public sealed record PageFile(string SourcePath, string Url);

/// <summary>
/// Images and other files kept beside the pages in content/. Each is published at its own path
/// under content/ (content/img/a.png at /img/a.png), so a link relative to the page reads the same
/// in the editor and on the site. Files in the folder named after a page's file go with that page:
/// content/hardware/diagram.png is at /hardware/diagram.png, or under the page's <c>slug</c> if it
/// has one, and is left out with the page while it is a draft.
/// </summary>
public static class PageFiles
{
    public static IReadOnlyList<PageFile> Of(SiteRoot root, IReadOnlyList<ContentPage> published)
    {
        var folder = root.Resolve(ContentLoader.Folder);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var urlByStem = published.ToDictionary(page => Stem(page.DisplayPath), page => page.Url, StringComparer.Ordinal);
        var stems = ContentLoader.Files(root).Select(path => Stem(root.Display(path))).ToHashSet(StringComparer.Ordinal);
        var files = new List<PageFile>();
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(folder, path).Replace(Path.DirectorySeparatorChar, '/');
            if (relative.EndsWith(".md", StringComparison.Ordinal) || relative.Split('/').Any(part => part.StartsWith('.')))
            {
                continue;
            }

            var owner = Owner(relative, stems);
            if (owner is null)
            {
                files.Add(new(path, "/" + relative));
            }
            else if (urlByStem.TryGetValue(owner, out var url))
            {
                files.Add(new(path, url + relative[(owner.Length + 1)..]));
            }
        }

        return files;
    }

    // content/notes/x.md → "notes/x": the folder that holds the page's own files.
    private static string Stem(string displayPath) =>
        displayPath[(ContentLoader.Folder.Length + 1)..^".md".Length];

    // The deepest page whose folder holds the file, if any.
    private static string? Owner(string relative, HashSet<string> stems)
    {
        for (var cut = relative.LastIndexOf('/'); cut > 0; cut = relative.LastIndexOf('/', cut - 1))
        {
            if (stems.Contains(relative[..cut]))
            {
                return relative[..cut];
            }
        }

        return null;
    }
}
