namespace SlmGuide.Site.Output;

/// <summary>
/// Where a build puts its files. A full build writes into a staging folder that is swapped in at
/// the end; the live preview writes into the served folder one file at a time.
/// </summary>
public interface ISiteOutput
{
    /// <summary>The folder the files land in, for tools that read the whole site (Pagefind).</summary>
    string FolderPath { get; }

    void WriteText(string relativePath, string text);

    void WriteBytes(string relativePath, byte[] bytes);

    void CopyFolder(string source, string relativeTarget);
}
