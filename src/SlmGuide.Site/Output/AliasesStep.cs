using SlmGuide.Data.Diagnostics;
using SlmGuide.Site.Building;
using SlmGuide.Site.Pages;

namespace SlmGuide.Site.Output;

/// <summary>
/// One small page at each front-matter alias that sends the reader on to the page's address. A
/// static host has no server redirects, so the page does it: a refresh for browsers, a canonical
/// link and noindex for search engines, and a plain link for everyone else.
/// </summary>
public sealed class AliasesStep : IOutputStep
{
    public string Name => "aliases";

    public SiteInputKinds DependsOn => SiteInputKinds.Content;

    // Links should point at a page's address, not its old one, so the link checker is not told about aliases.
    public IReadOnlyList<string> Publishes { get; } = [];

    public void Write(PlannedSite site, ISiteOutput output, DiagnosticBag diagnostics)
    {
        foreach (var page in site.Parsed.Select(parsed => parsed.Page))
        {
            foreach (var alias in page.FrontMatter.Aliases)
            {
                output.WriteText(PlannedPage.OutputPathOf(alias), Redirect(site, page.FrontMatter.Title, page.Url));
            }
        }
    }

    private static string Redirect(PlannedSite site, string title, string url)
    {
        var href = Html.Escape(site.Paths.Href(url));
        var canonical = Html.Escape(site.Paths.Absolute(url));
        var name = Html.Escape(title);
        return $"""
            <!DOCTYPE html>
            <html lang="{Html.Escape(site.Inputs.Config.Language)}">
            <head>
            <meta charset="utf-8">
            <title>{name}（移動しました）</title>
            <link rel="canonical" href="{canonical}">
            <meta name="robots" content="noindex">
            <meta http-equiv="refresh" content="0; url={href}">
            </head>
            <body>
            <p>このページは <a href="{href}">{name}</a> に移動しました。</p>
            </body>
            </html>

            """;
    }
}
