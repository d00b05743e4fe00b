using System.Collections.Concurrent;
using SlmGuide.Data.Diagnostics;
using SlmGuide.Site.Theming;

namespace SlmGuide.Site.Tables;

/// <summary>
/// Renders tables through the theme's table.html partial, once per table however many pages
/// place it. Pages render in parallel, so the cache is concurrent.
/// </summary>
public sealed class TableHtml(TemplateRunner runner, Theme theme, IReadOnlyDictionary<string, TableModel> catalog, DiagnosticBag diagnostics)
{
    public const string Partial = "table.html";

    private readonly ConcurrentDictionary<string, Lazy<string>> _rendered = new(StringComparer.Ordinal);

    /// <summary>A catalog table placed by a shortcode; unknown ids were reported while planning.</summary>
    public string ById(string tableId) =>
        catalog.TryGetValue(tableId, out var table) ? Render(table) : string.Empty;

    public string Render(TableModel table) =>
        _rendered.GetOrAdd(table.Id, _ => new Lazy<string>(() => RenderNow(table))).Value;

    private string RenderNow(TableModel table)
    {
        if (!theme.Partials.TryGetValue(Partial, out var template))
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.MissingLayout,
                SourceLocation.StartOf($"{Theme.Folder}/partials/{Partial}"),
                $"the theme has no `partials/{Partial}`, which renders survey tables",
                "add the partial to the theme"));
            return string.Empty;
        }

        return runner.Render(template, new Dictionary<string, object?> { ["table"] = table }, diagnostics) ?? string.Empty;
    }
}
