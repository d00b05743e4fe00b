using System.Text.Json;

namespace SlmGuide.Site.Tests;

/// <summary>The two ways into a page's HTML: escaped text, and JSON that cannot leave its script element.</summary>
public sealed class SafeHtmlTests
{
    [Fact]
    public void Text_is_escaped_and_japanese_stays_readable()
    {
        Assert.Equal("量子化 &lt;b&gt; &amp; &quot;", SafeHtml.Escape("量子化 <b> & \"").Value);
    }

    [Fact]
    public void Json_in_a_script_cannot_close_the_script_and_reads_back_the_same()
    {
        var value = new Dictionary<string, string> { ["name"] = "</script><script>alert(1)</script> & 量子化\u2028\u2029" };

        var json = SafeHtml.JsonInScript(value).Value;

        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
        Assert.DoesNotContain(">", json, StringComparison.Ordinal);
        Assert.DoesNotContain("&", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\u2028", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\u2029", json, StringComparison.Ordinal);
        Assert.Contains("量子化", json, StringComparison.Ordinal);
        Assert.Equal(value, JsonSerializer.Deserialize<Dictionary<string, string>>(json));
    }
}
