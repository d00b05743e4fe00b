using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SlmGuide.Site.Content;
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
            .Select(h => new TocEntry(Html.Escape(h.GetAttributes().Id), Html.Escape(PlainText(h.Inline)), h.Level))];

    public static ParsedPage Parse(ContentPage page) => new(page, MarkdownRenderer.Parse(page.Body));

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
