using System.Text;
using SlmGuide.Data;
using SlmGuide.Data.Diagnostics;
using SlmGuide.Site.Content;
using SlmGuide.Site.Markdown;
using SlmGuide.Site.Tables;
using SlmGuide.Site.Theming;

namespace SlmGuide.Site.Pages;

/// <summary>Is the plan sound: every placed table exists and every table is placed, one page per URL, a layout for every page.</summary>
public static class PageChecks
{
    public static void PlacedTables(IReadOnlyList<ParsedPage> pages, IReadOnlyDictionary<string, TableModel> catalog, DiagnosticBag diagnostics)
    {
        var placed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var block in page.PlacedTables)
            {
                placed.Add(block.TableId);
                if (!catalog.ContainsKey(block.TableId))
                {
                    diagnostics.Add(Diagnostic.Error(
                        DiagnosticCodes.UnknownTable,
                        page.Page.LineOf(block.Line),
                        $"there is no survey table `{block.TableId}`",
                        Suggestions.DidYouMean(block.TableId, catalog.Keys) ?? "see the README for the table ids"));
                }
                else if (block.Selection is { } selection)
                {
                    diagnostics.AddRange(selection.ProblemsWith(catalog[block.TableId]).Select(problem => Diagnostic.Error(
                        DiagnosticCodes.BadTableSelection,
                        page.Page.At(block.Line, block.Column + block.ColumnOf(problem.Argument)),
                        problem.Message,
                        problem.Hint)));
                }
            }
        }

        if (pages.Count == 0)
        {
            return;
        }

        foreach (var table in catalog.Values.Where(t => !placed.Contains(t.Id)).OrderBy(t => t.Id, StringComparer.Ordinal))
        {
            diagnostics.Add(Diagnostic.Warning(
                DiagnosticCodes.TableNotPlaced,
                SourceLocation.StartOf(ContentLoader.Folder),
                $"the table `{table.Id}` ({table.Title}) is not placed on any page",
                $"add `{{{{< table \"{table.Id}\" >}}}}` to a page in content/"));
        }
    }

    public static void UniqueUrls(IReadOnlyList<PlannedPage> pages, DiagnosticBag diagnostics)
    {
        // Spellings that a file system or a browser may take as one (letter case, Unicode normalisation) count as one URL.
        foreach (var group in pages.GroupBy(p => p.Url.Normalize(NormalizationForm.FormC), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            foreach (var page in group.Skip(1))
            {
                diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.DuplicatePageUrl,
                    page.LayoutChosenAt,
                    $"two pages would be written to `{group.Key}`",
                    "rename one of the files or give it a different `slug`"));
            }
        }
    }

    /// <summary>Every alias is a plain site path that no page, no other alias and no output step's files have.</summary>
    public static void Aliases(IReadOnlyList<ParsedPage> pages, IReadOnlyList<PlannedPage> planned, IEnumerable<string> published, DiagnosticBag diagnostics)
    {
        var folders = published.Where(path => path.EndsWith('/')).ToList();
        // Two pages on one URL are reported by UniqueUrls; the first stands here.
        var taken = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var page in planned)
        {
            taken.TryAdd(Key(page.Url), $"the page `{page.Url}`");
        }

        foreach (var page in pages)
        {
            var front = page.Page.FrontMatter;
            foreach (var alias in front.Aliases)
            {
                var at = front.LocationOf("aliases");
                if (AliasRule.Problem(alias) is { } problem)
                {
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.BadAlias, at, problem, "write the old address as a path from the site's root, such as `/old/path/`"));
                }
                else if (folders.FirstOrDefault(folder => alias.StartsWith(folder, StringComparison.OrdinalIgnoreCase)) is { } folder)
                {
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.BadAlias, at, $"the alias `{alias}` lies under `{folder}`, which the build writes itself", "choose an address outside it"));
                }
                else if (!taken.TryAdd(Key(alias), $"an alias of `{page.Page.Url}`"))
                {
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.BadAlias, at, $"the alias `{alias}` is already {taken[Key(alias)]}", "remove it: a redirect there would hide that address"));
                }
            }
        }

        static string Key(string url) => url.Normalize(NormalizationForm.FormC);
    }

    /// <summary>A file kept beside the pages must not land where a page, or a file the build writes itself, goes.</summary>
    public static void PageFiles(IReadOnlyList<PageFile> files, IReadOnlyList<PlannedPage> planned, IEnumerable<string> published, SiteRoot root, DiagnosticBag diagnostics)
    {
        // Two pages on one URL are reported by UniqueUrls; the first stands here.
        var pages = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var page in planned)
        {
            pages.TryAdd("/" + page.OutputPath, page.Url);
        }

        var written = published.ToList();
        foreach (var file in files)
        {
            var clash = pages.TryGetValue(file.Url, out var page)
                ? $"the page `{page}`"
                : written.FirstOrDefault(path => path.EndsWith('/') ? file.Url.StartsWith(path, StringComparison.OrdinalIgnoreCase) : string.Equals(path, file.Url, StringComparison.OrdinalIgnoreCase)) is { } path
                ? $"`{path}`, which the build writes itself"
                : null;
            if (clash is not null)
            {
                diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.PageFileClash,
                    SourceLocation.StartOf(root.Display(file.SourcePath)),
                    $"the file would be published at `{file.Url}`, over {clash}",
                    "rename the file or move it to another folder"));
            }
        }
    }

    /// <summary>A layout that exists but failed to parse was reported by the theme; its pages are not "missing a layout".</summary>
    public static void Layouts(IReadOnlyList<PlannedPage> pages, Theme theme, DiagnosticBag diagnostics)
    {
        foreach (var page in pages.Where(p => !theme.Layouts.ContainsKey(p.Layout) && !theme.BrokenLayouts.Contains(p.Layout)))
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.MissingLayout,
                page.LayoutChosenAt,
                $"there is no layout `{page.Layout}` in theme/layouts/",
                Suggestions.DidYouMean(page.Layout, theme.Layouts.Keys) ?? $"add theme/layouts/{page.Layout}.html"));
        }
    }
}
