using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SlmGuide.Data.Diagnostics;
using SlmGuide.Site.Content;
using SlmGuide.Site.Markdown.Shortcodes;
using SlmGuide.Site.Pages;

namespace SlmGuide.Site.Markdown;

/// <summary>A content page parsed once: the document, the tables it places and its outline.</summary>
public sealed record ParsedPage(ContentPage Page, MarkdownDocument Document)
{
    public IReadOnlyList<DataTableBlock> PlacedTables { get; } = [.. Document.Descendants<DataTableBlock>()];

    /// <summary>Level 2 and 3 headings with the ids the renderer gives them, for a table of contents.</summary>
    public IReadOnlyList<TocEntry> Toc { get; } =
        [.. Document.Descendants<HeadingBlock>()
            .Where(h => h.Level is 2 or 3 && h.GetAttributes().Id is not null)
            .Select(h => new TocEntry(SafeHtml.Escape(h.GetAttributes().Id), SafeHtml.Escape(PlainText(h.Inline)), h.Level))];

    /// <summary>Every link and image an author wrote, figures included, with where it was written; kept because a live preview checks links on every save.</summary>
    public IReadOnlyList<WrittenLink> Links => _links ??=
        [.. Document.Descendants<LinkInline>()
            .Where(link => link.Url is { Length: > 0 })
            .Select(link => new WrittenLink(link.Url!, link.Line, link.Column))
            .Concat(Document.Descendants<FigureBlock>().Select(figure => new WrittenLink(figure.Source, figure.Line, figure.Column + figure.SourceColumn)))];

    /// <summary>The ids a link can point at on this page: headings, and the tables it places.</summary>
    public IReadOnlySet<string> Anchors => _anchors ??= AnchorsOf(Document, PlacedTables);

    /// <summary>Every shortcode the page writes that was refused (an unknown name, a malformed call, one inside running text).</summary>
    public IReadOnlyList<Diagnostic> ShortcodeProblems =>
        [.. Document.Descendants<RefusedShortcodeBlock>().Select(block => (block.Line, block.Problem))
            .Concat(Document.Descendants<RefusedShortcodeInline>().Select(inline => (inline.Line, inline.Problem)))
            .Select(refused => Diagnostic.Error(refused.Problem.Code, Page.At(refused.Line, refused.Problem.Column), refused.Problem.Message, refused.Problem.Hint))];

    /// <summary>Why the body could not be parsed (it is then an empty document), or null.</summary>
    public Diagnostic? Problem { get; private init; }

    private IReadOnlyList<WrittenLink>? _links;
    private IReadOnlySet<string>? _anchors;

    public static ParsedPage Parse(ContentPage page) =>
        MarkdownRenderer.TryParse(page.Body, out var document, out var deepLine)
            ? new(page, document)
            : new(page, new MarkdownDocument()) { Problem = TooDeep(page, deepLine) };

    private static Diagnostic TooDeep(ContentPage page, int bodyLine) => Diagnostic.Error(
        DiagnosticCodes.MarkdownTooDeep,
        page.LineOf(bodyLine),
        $"the Markdown is nested more than {MarkdownRenderer.MaxNestingDepth} levels deep here (lists, quotes and emphasis inside each other)",
        "flatten the nesting: a reader cannot follow it either, and a deeper page would cost the build its stack");

    private static HashSet<string> AnchorsOf(MarkdownDocument document, IReadOnlyList<DataTableBlock> tables)
    {
        var ids = document.Descendants<HeadingBlock>()
            .Select(h => h.GetAttributes().Id)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            ids.Add("table-" + table.PlacedId);
        }

        return ids;
    }

    private static string PlainText(ContainerInline? inline) =>
        inline is null
            ? string.Empty
            : string.Concat(inline.Descendants<LeafInline>().Select(leaf => leaf switch
            {
                LiteralInline literal => literal.Content.ToString(),
                CodeInline code => code.Content,
                _ => string.Empty,
            }));
}

/// <summary>A link as written in Markdown: its target and its zero-based line and column.</summary>
public sealed record WrittenLink(string Url, int Line, int Column);
