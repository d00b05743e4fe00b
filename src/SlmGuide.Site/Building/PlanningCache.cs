using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using SlmGuide.Data.Diagnostics;
using SlmGuide.Site.Content;
using SlmGuide.Site.Markdown;
using SlmGuide.Site.Theming;

namespace SlmGuide.Site.Building;

/// <summary>
/// Work one build can hand to the next in a live preview: parsed Markdown, the rendered tables
/// and page bodies, and what the checks found. Each entry is reused only while every input it
/// was made from is the same object (or, for bodies, the same text), so a reused entry is always
/// what a fresh build makes. A full build starts with an empty cache and takes the same path.
/// </summary>
public sealed class PlanningCache
{
    private readonly ConditionalWeakTable<ContentPage, ParsedPage> _parsed = [];
    private readonly ConditionalWeakTable<ParsedPage, RenderedBody> _bodies = [];
    private readonly ConditionalWeakTable<object, ConcurrentDictionary<string, IReadOnlyList<Diagnostic>>> _findings = [];
    private TableSet? _tables;

    public ParsedPage Parse(ContentPage page) => _parsed.GetValue(page, ParsedPage.Parse);

    internal TableSet Tables(SiteInputs inputs)
    {
        if (_tables is not { } tables || !tables.IsFor(inputs))
        {
            tables = TableSet.Create(inputs);
            _tables = tables;
        }

        return tables;
    }

    /// <summary>What the check named <paramref name="check"/> finds in <paramref name="input"/>; looked for again only in a new object.</summary>
    internal IReadOnlyList<Diagnostic> Findings(string check, object input, Action<DiagnosticBag> find) =>
        _findings.GetValue(input, _ => new(StringComparer.Ordinal)).GetOrAdd(check, _ =>
        {
            var bag = new DiagnosticBag();
            find(bag);
            return bag.Sorted;
        });

    internal Rendered<string> Body(ParsedPage page, TableSet tables)
    {
        // Rendering a table is cached per build, and the body embeds it, so the tables' HTML is
        // part of the body's key: an edited data file changes exactly the bodies that place it.
        var placed = page.PlacedTables.Select(t => tables.Html.Placed(t.TableId, t.Selection)).ToArray();
        var problems = placed.SelectMany(table => table.Diagnostics).ToList();
        var placedHtml = Array.ConvertAll(placed, table => table.Value);
        var home = tables.Paths.Href("/");
        if (_bodies.TryGetValue(page, out var cached) && cached.IsFor(placedHtml, home))
        {
            return new Rendered<string>(cached.Html, problems);
        }

        var html = MarkdownRenderer.Render(page.Document, block => tables.Html.Placed(block.TableId, block.Selection).Value, tables.Paths.Href);
        _bodies.AddOrUpdate(page, new RenderedBody(placedHtml, home, html));
        return new Rendered<string>(html, problems);
    }

    private sealed record RenderedBody(string[] PlacedTables, string Home, string Html)
    {
        public bool IsFor(string[] placed, string home) =>
            Home == home && PlacedTables.AsSpan().SequenceEqual(placed);
    }
}
