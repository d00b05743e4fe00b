using System.Text.Json;
using SlmGuide.Site.Pages;

namespace SlmGuide.Site.Live;

/// <summary>
/// Everything a page's HTML is made from: its layout (with the partials it reaches), the site
/// view and the page view. Templates see nothing else, so two pages with equal inputs render to
/// the same bytes, and a page whose inputs are unchanged need not render again. The body is kept
/// apart because it is large and, when reused from the cache, the very same string.
/// </summary>
public sealed record PageInputs(string Layout, string Site, string View, string Body)
{
    public static PageInputs Of(string layoutKey, string siteJson, PageView view) =>
        new(layoutKey, siteJson, JsonSerializer.Serialize(view with { Content = SafeHtml.Empty }), view.Content.Value);

    public static string SiteJson(SiteView site) => JsonSerializer.Serialize(site);
}
