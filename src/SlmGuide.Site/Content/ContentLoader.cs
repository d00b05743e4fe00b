using SlmGuide.Data;
using SlmGuide.Data.Binding;
using SlmGuide.Data.Concurrency;
using SlmGuide.Data.Diagnostics;
using SlmGuide.Data.Yaml;

namespace SlmGuide.Site.Content;

/// <summary>Reads every content/**/*.md: splits off the front matter, binds it, and gives each page its URL.</summary>
public static class ContentLoader
{
    public const string Folder = "content";
    private const string Fence = "---";

    public static IReadOnlyList<ContentPage> Load(SiteRoot root, DiagnosticBag diagnostics) =>
        [.. ParallelWork.Map(Files(root).ToList(), path => LoadPage(root, path, diagnostics)).OfType<ContentPage>()];

    /// <summary>Every page's full path, in the order pages are listed everywhere.</summary>
    public static IEnumerable<string> Files(SiteRoot root)
    {
        var folder = root.Resolve(Folder);
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            : [];
    }

    /// <summary>One page; null when it could not be read (reported).</summary>
    public static ContentPage? LoadPage(SiteRoot root, string path, DiagnosticBag diagnostics)
    {
        var folder = root.Resolve(Folder);
        var display = root.Display(path);
        var text = StrictUtf8.Decode(display, File.ReadAllBytes(path), diagnostics);
        if (text is null)
        {
            return null;
        }

        // The whole file, body included: CommonMark would turn a NUL into U+FFFD and pass other
        // controls into the HTML, where they are invisible at best.
        if (!ControlCharacters.CheckText(display, text, diagnostics))
        {
            return null;
        }

        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var lines = text.Split('\n');
        if (lines[0].TrimEnd() != Fence)
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.BrokenFrontMatter,
                SourceLocation.StartOf(display),
                "the page has no front matter",
                "start the file with a `---` line, then `title: …`, then another `---` line"));
            return null;
        }

        var closing = Array.FindIndex(lines, 1, line => line.TrimEnd() == Fence);
        if (closing < 0)
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.BrokenFrontMatter,
                SourceLocation.StartOf(display),
                "the front matter is not closed",
                "add a `---` line after the last front matter key"));
            return null;
        }

        var yaml = string.Join('\n', lines[1..closing]);
        var local = new DiagnosticBag();
        var node = YamlTreeReader.ReadText(display, yaml, local, firstLine: 2);
        var frontMatter = local.HasErrors ? null : RecordBinder.Bind<FrontMatter>(node, new SourceLocation(display, 2, 1), local);
        diagnostics.AddRange(local.Sorted);
        if (frontMatter is null)
        {
            return null;
        }

        if (frontMatter.Slug is { } slug && SlugRule.Problem(slug) is { } problem)
        {
            var line = Array.FindIndex(lines, 1, closing - 1, l => l.TrimStart().StartsWith("slug:", StringComparison.Ordinal));
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.BadFormat,
                new SourceLocation(display, line < 0 ? 2 : line + 1, 1),
                problem,
                "give the page's own name, such as `slug: fine-tuning`; to publish it in another folder, move the file"));
            return null;
        }

        var body = string.Join('\n', lines[(closing + 1)..]);
        return new ContentPage(display, frontMatter, body, closing + 2, UrlOf(folder, path, frontMatter));
    }

    // content/index.md is "/", content/02-models.md is "/02-models/", content/a/b.md is "/a/b/".
    private static string UrlOf(string folder, string path, FrontMatter frontMatter)
    {
        var relative = Path.GetRelativePath(folder, path).Replace(Path.DirectorySeparatorChar, '/');
        var directory = Path.GetDirectoryName(relative)?.Replace(Path.DirectorySeparatorChar, '/') ?? string.Empty;
        var name = frontMatter.Slug ?? Path.GetFileNameWithoutExtension(relative);
        var segments = directory.Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (name != "index")
        {
            segments.Add(name);
        }

        return segments.Count == 0 ? "/" : "/" + string.Join('/', segments) + "/";
    }
}
