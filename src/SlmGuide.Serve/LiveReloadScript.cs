using System.Text;

namespace SlmGuide.Serve;

/// <summary>The live-reload client, and the one tag that adds it to a served page.</summary>
public static class LiveReloadScript
{
    private static readonly byte[] Tag = Encoding.UTF8.GetBytes("<script src=\"/__slmguide/live.js\" defer></script>");
    private static readonly byte[] HeadEnd = Encoding.UTF8.GetBytes("</head>");

    public static byte[] Client { get; } = ReadClient();

    /// <summary>The page with the tag before &lt;/head&gt;, or at the end when it has no head.</summary>
    public static byte[] AddTo(byte[] html)
    {
        var at = html.AsSpan().IndexOf(HeadEnd);
        if (at < 0)
        {
            at = html.Length;
        }

        return [.. html.AsSpan(0, at), .. Tag, .. html.AsSpan(at)];
    }

    private static byte[] ReadClient()
    {
        using var stream = typeof(LiveReloadScript).Assembly.GetManifestResourceStream("live.js")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
