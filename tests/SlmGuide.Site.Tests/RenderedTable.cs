namespace SlmGuide.Site.Tests;

/// <summary>One table of a built page, cut out of its HTML, so assertions look at that table only.</summary>
internal static class RenderedTable
{
    public static string Of(string html, string id)
    {
        var start = html.IndexOf($"id=\"table-{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no table {id}");
        return html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
    }
}
