using System.Collections.Concurrent;
using SlmGuide.Data.Diagnostics;
using SlmGuide.Site.Theming;

namespace SlmGuide.Site.Tables;

/// <summary>
/// Renders tables through the theme's table.html partial, once per table however many pages
/// place it. Pages render in parallel, so the cache is concurrent; it keeps each table's
/// problems with its HTML, so every build that places the table reports them.
/// </summary>
public sealed class TableHtml(TemplateRunner runner, Theme theme, IReadOnlyDictionary<string, TableModel> catalog)
{
    public const string Partial = "table.html";

    private readonly ConcurrentDictionary<string, Lazy<Rendered<string>>> _rendered = new(StringComparer.Ordinal);

    /// <summary>
    /// A catalog table placed by a shortcode, whole or the part <paramref name="selection"/> asks
    /// for; unknown ids and selections that do not fit the table are reported by the validate stage.
    /// </summary>
    public Rendered<string> Placed(string tableId, TableSelection? selection)
    {
        if (!catalog.TryGetValue(tableId, out var table))
        {
            return Rendered.Clean(string.Empty);
        }

        if (selection is null)
        {
            return Render(table);
        }

        return selection.ProblemsWith(table).Count == 0 ? Render(selection.Apply(table)) : Rendered.Clean(string.Empty);
    }

    public Rendered<string> Render(TableModel table) =>
        _rendered.GetOrAdd(table.Id, _ => new Lazy<Rendered<string>>(() => RenderNow(table))).Value;

    private Rendered<string> RenderNow(TableModel table)
    {
        if (!theme.Partials.TryGetValue(Partial, out var template))
        {
            return new Rendered<string>(string.Empty, [Diagnostic.Error(
                DiagnosticCodes.MissingLayout,
                SourceLocation.StartOf($"{Theme.Folder}/partials/{Partial}"),
                $"the theme has no `partials/{Partial}`, which renders survey tables",
                "add the partial to the theme")]);
        }

        var rendered = runner.Render(template, new Dictionary<string, object?> { ["table"] = table });
        return new Rendered<string>(rendered.Value ?? string.Empty, rendered.Diagnostics);
    }
}
