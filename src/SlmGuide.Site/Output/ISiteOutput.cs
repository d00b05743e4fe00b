namespace SlmGuide.Site.Output;

/// <summary>
/// Where a build puts its files. A full build writes into a staging folder that is swapped in at
/// the end; the live preview writes into the served folder one file at a time.
/// </summary>
public interface ISiteOutput
{
    /// <summary>The folder the files land in, for tools that read the whole site (Pagefind).</summary>
    string FolderPath { get; }

    /// <summary>SHA-256 of every file written through this output, by its path under the folder with `/` separators.</summary>
    IReadOnlyDictionary<string, byte[]> WrittenHashes { get; }

    void WriteBytes(string relativePath, byte[] bytes);

    /// <summary>
    /// Deletes the files of an older site that this build has not written, except under
    /// <paramref name="exceptUnder"/>, so a tool that reads the whole folder (Pagefind) sees only
    /// this build's pages.
    /// </summary>
    void RemoveUnwritten(string exceptUnder);

    /// <summary>Counts the files now under the folder as this build's, as if written through this output (a tool wrote or kept them).</summary>
    void Keep(string relativeFolder);

    /// <summary>Makes what was written the published site: a staging folder is swapped in; a folder written in place already is it.</summary>
    void Commit();
}
