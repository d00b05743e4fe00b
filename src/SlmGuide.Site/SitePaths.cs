using SlmGuide.Data;

namespace SlmGuide.Site;

/// <summary>
/// Turns site URLs ("/models/x/") into links that work wherever the site is published: under a
/// domain root or a sub-path such as GitHub Pages' "/repository/".
/// </summary>
public sealed class SitePaths(SiteConfig config)
{
    private readonly string _prefix = config.BaseUrl.AbsolutePath.TrimEnd('/');
    private readonly string _origin = config.BaseUrl.GetLeftPart(UriPartial.Authority);

    public string Href(string siteUrl) => _prefix + siteUrl;

    public string Absolute(string siteUrl) => _origin + Href(siteUrl);

    public static string ModelUrl(string modelId) => $"/models/{modelId}/";
}
