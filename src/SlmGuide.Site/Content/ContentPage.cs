using SlmGuide.Data.Diagnostics;

namespace SlmGuide.Site.Content;

/// <summary>A Markdown page as read from content/: its front matter, its body, and where the body starts.</summary>
public sealed record ContentPage(string DisplayPath, FrontMatter FrontMatter, string Body, int BodyFirstLine, string Url)
{
    /// <summary>Pages directly under content/ form the navigation; deeper pages hang off them.</summary>
    public bool IsTopLevel => Url.Count(c => c == '/') <= 2;

    public SourceLocation LineOf(int bodyLineZeroBased) => new(DisplayPath, BodyFirstLine + bodyLineZeroBased, 1);

    /// <summary>A place in the body, from Markdig's zero-based line and column.</summary>
    public SourceLocation At(int bodyLineZeroBased, int columnZeroBased) => new(DisplayPath, BodyFirstLine + bodyLineZeroBased, columnZeroBased + 1);
}
