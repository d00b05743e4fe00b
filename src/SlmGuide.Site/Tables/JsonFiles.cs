using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace SlmGuide.Site.Tables;

/// <summary>How every JSON file the site publishes is written: indented, Japanese left readable.</summary>
public static class JsonFiles
{
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };
}
