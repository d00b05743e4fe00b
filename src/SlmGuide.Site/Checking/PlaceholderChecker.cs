using System.Text.RegularExpressions;
using SlmGuide.Data;
using SlmGuide.Data.Diagnostics;

namespace SlmGuide.Site.Checking;

/// <summary>
/// Finds text left over from the survey template: bracketed instructions such as
/// <c>[トレンド概要を記入]</c> and the date stand-in <c>YYYY-MM-DD</c>. It reads the raw files
/// line by line, so a finding points at the exact line and column in data or content.
/// </summary>
public static partial class PlaceholderChecker
{
    /// <summary>Every data/**/*.yaml. Pages are checked one at a time (<see cref="CheckFile"/>), so a live preview reads again only the pages it reloaded.</summary>
    public static void CheckData(SiteRoot root, DiagnosticBag diagnostics)
    {
        var folder = root.Resolve("data");
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var path in Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            CheckFile(root, path, diagnostics);
        }
    }

    /// <summary>One data or content file.</summary>
    public static void CheckFile(SiteRoot root, string path, DiagnosticBag diagnostics)
    {
        var lines = File.ReadAllLines(path);
        var isYaml = path.EndsWith(".yaml", StringComparison.Ordinal);
        var frontMatterEnd = isYaml || lines.Length == 0 || lines[0].TrimEnd() != "---" ? 0 : Array.FindIndex(lines, 1, l => l.TrimEnd() == "---");
        for (var i = 0; i < lines.Length; i++)
        {
            // A YAML comment (in a data file or a page's front matter) may name the date format
            // or an optional key to authors; only values count.
            if ((isYaml || i < frontMatterEnd) && lines[i].TrimStart().StartsWith('#'))
            {
                continue;
            }

            foreach (Match match in Placeholder().Matches(lines[i]))
            {
                diagnostics.Add(Diagnostic.Warning(
                    DiagnosticCodes.TemplatePlaceholder,
                    new SourceLocation(root.Display(path), i + 1, match.Index + 1),
                    $"`{match.Value}` is placeholder text from the survey template",
                    "replace it with the real content, or remove the line"));
            }
        }
    }

    // The template's instructions all ask the writer to fill something in: 記入, 列挙, 箇条書き.
    [GeneratedRegex(@"\[[^\[\]\n]{0,40}(?:記入|列挙|箇条書き)[^\[\]\n]{0,20}\]|YYYY-MM-DD")]
    private static partial Regex Placeholder();
}
