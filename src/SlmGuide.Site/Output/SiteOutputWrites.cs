using System.Text;

namespace SlmGuide.Site.Output;

/// <summary>The writes that are the same for every output, made through its <see cref="ISiteOutput.WriteBytes"/>.</summary>
public static class SiteOutputWrites
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>UTF-8 without a byte-order mark, as every text file of the site is written.</summary>
    public static void WriteText(this ISiteOutput output, string relativePath, string text)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteBytes(relativePath, Utf8NoBom.GetBytes(text));
    }

    /// <summary>Every file under <paramref name="source"/>, below <paramref name="relativeTarget"/>; nothing when the folder does not exist.</summary>
    public static void CopyFolder(this ISiteOutput output, string source, string relativeTarget)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!Directory.Exists(source))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            output.WriteBytes(Path.Combine(relativeTarget, Path.GetRelativePath(source, file)), File.ReadAllBytes(file));
        }
    }
}
