using System.Text.RegularExpressions;
using SlmGuide.Data;
using SlmGuide.Data.Binding;
using SlmGuide.Data.Diagnostics;
using SlmGuide.Data.Scaffolding;

namespace SlmGuide.Site.Checking;

/// <summary>
/// Finds text left over from the survey template: bracketed instructions such as
/// <c>[トレンド概要を記入]</c> and the date stand-in <c>YYYY-MM-DD</c>. It reads the raw files
/// line by line, so a finding points at the exact line and column in data or content.
/// </summary>
public static class PlaceholderChecker
{
    /// <summary>
    /// Every data/**/*.yaml but the draft rows this run leaves out, which may wait for their values.
    /// Pages are checked one at a time (<see cref="CheckFile"/>), so a live preview reads again only the pages it reloaded.
    /// </summary>
    public static void CheckData(SiteRoot root, DraftRows drafts, DiagnosticBag diagnostics)
    {
        var folder = root.Resolve("data");
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var path in Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            CheckFile(root, path, diagnostics, drafts);
        }
    }

    /// <summary>One data or content file.</summary>
    public static void CheckFile(SiteRoot root, string path, DiagnosticBag diagnostics) => CheckFile(root, path, diagnostics, new DraftRows(include: true));

    private static void CheckFile(SiteRoot root, string path, DiagnosticBag diagnostics, DraftRows drafts)
    {
        var display = root.Display(path);
        var lines = File.ReadAllLines(path);
        var isYaml = path.EndsWith(".yaml", StringComparison.Ordinal);
        var frontMatterEnd = isYaml || lines.Length == 0 || lines[0].TrimEnd() != "---" ? 0 : Array.FindIndex(lines, 1, l => l.TrimEnd() == "---");
        for (var i = 0; i < lines.Length; i++)
        {
            // A YAML comment (in a data file or a page's front matter) may name the date format
            // or an optional key to authors; only values count.
            if (((isYaml || i < frontMatterEnd) && lines[i].TrimStart().StartsWith('#')) || drafts.IsLeftOut(display, i + 1))
            {
                continue;
            }

            foreach (Match match in Placeholders.In(lines[i]))
            {
                diagnostics.Add(Diagnostic.Warning(
                    DiagnosticCodes.TemplatePlaceholder,
                    new SourceLocation(display, i + 1, match.Index + 1),
                    $"`{match.Value}` is placeholder text from the survey template",
                    "replace it with the real content, or remove the line"));
            }
        }
    }
}
