using System.Runtime.CompilerServices;
using SlmGuide.Data.Diagnostics;
using SlmGuide.Site.Content;
using SlmGuide.Site.Markdown;

namespace SlmGuide.Site.Building;

/// <summary>
/// Work one build can hand to the next in a live preview: parsed Markdown, the rendered tables
/// and page bodies. Each entry is reused only while every input it was made from is the same
/// object (or, for bodies, the same text), so a reused entry is always what a fresh build makes.
/// A full build starts with an empty cache and takes the same path.
/// </summary>
public sealed class PlanningCache
{
    private readonly ConditionalWeakTable<ContentPage, ParsedPage> _parsed = [];
    private readonly ConditionalWeakTable<ParsedPage, RenderedBody> _bodies = [];
    private TableSet? _tables;

    public ParsedPage Parse(ContentPage page) => _parsed.GetValue(page, ParsedPage.Parse);

    /// <summary>
    /// Tables are rendered lazily and keep the diagnostics of the build that made them, so a
    /// build that failed must not pass its tables on: the next build would lose the errors.
    /// </summary>
    public void ForgetTables() => _tables = null;

    internal TableSet Tables(SiteInputs inputs, DiagnosticBag diagnostics)
    {
        if (_tables is not { } tables || !tables.IsFor(inputs))
        {
            tables = TableSet.Create(inputs, diagnostics);
            _tables = tables;
        }

        return tables;
    }

    internal string Body(ParsedPage page, TableSet tables)
    {
        // Rendering a table is cached per build, and the body embeds it, so the tables' HTML is
        // part of the body's key: an edited data file changes exactly the bodies that place it.
        var placed = page.PlacedTables.Select(t => tables.Html.ById(t.TableId)).ToArray();
        var home = tables.Paths.Href("/");
        if (_bodies.TryGetValue(page, out var cached) && cached.IsFor(placed, home))
        {
            return cached.Html;
        }

        var html = MarkdownRenderer.Render(page.Document, tables.Html.ById, tables.Paths.Href);
        _bodies.AddOrUpdate(page, new RenderedBody(placed, home, html));
        return html;
    }

    private sealed record RenderedBody(string[] PlacedTables, string Home, string Html)
    {
        public bool IsFor(string[] placed, string home) =>
            Home == home && PlacedTables.AsSpan().SequenceEqual(placed);
    }
}
