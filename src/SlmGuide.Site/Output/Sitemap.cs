using System.Text;

namespace SlmGuide.Site.Output;

/// <summary>sitemap.xml of every page URL, sorted so the file is byte-identical between builds.</summary>
public static class Sitemap
{
    public static string Render(IEnumerable<string> absoluteUrls)
    {
        var builder = new StringBuilder();
        builder.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        builder.Append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var url in absoluteUrls.Order(StringComparer.Ordinal))
        {
            builder.Append("  <url><loc>").Append(System.Security.SecurityElement.Escape(url)).Append("</loc></url>\n");
        }

        builder.Append("</urlset>\n");
        return builder.ToString();
    }
}
