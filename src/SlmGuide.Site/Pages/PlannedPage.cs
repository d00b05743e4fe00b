using SlmGuide.Data.Diagnostics;

namespace SlmGuide.Site.Pages;

/// <summary>A page to render: its URL, the layout that renders it and where that choice was made.</summary>
public sealed record PlannedPage(string Url, string Layout, SourceLocation LayoutChosenAt, Func<PageView> View)
{
    public string OutputPath => OutputPathOf(Url);

    /// <summary>"/" → index.html, "/a/b/" → a/b/index.html, "/404.html" → 404.html.</summary>
    public static string OutputPathOf(string url) =>
        url.EndsWith('/') ? url.TrimStart('/') + "index.html" : url.TrimStart('/');
}
