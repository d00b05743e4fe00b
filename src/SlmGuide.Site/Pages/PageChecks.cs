using System.Text;
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
