using SlmGuide.Data.Diagnostics;
using SlmGuide.Site.Theming;

namespace SlmGuide.Site.Pages;

/// <summary>
/// A page to render: its URL, the layout that renders it and where that choice was made. Its
/// view is made on demand, with the problems met rendering its body and tables.
/// </summary>
public sealed record PlannedPage(string Url, string Layout, SourceLocation LayoutChosenAt, Func<Rendered<PageView>> View)
{
    public string OutputPath => OutputPathOf(Url);

    /// <summary>"/" → index.html, "/a/b/" → a/b/index.html, "/404.html" → 404.html.</summary>
    public static string OutputPathOf(string url) =>
        url.EndsWith('/') ? url.TrimStart('/') + "index.html" : url.TrimStart('/');
}
