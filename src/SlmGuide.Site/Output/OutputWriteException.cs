namespace SlmGuide.Site.Output;

/// <summary>
/// The output folder could not be written (a full disk, a read-only file system, a busy mount
/// point, a path running under a file). The machine is at fault, not the input, and the build
/// says so as a diagnostic: it is thrown only by the staged output, so nothing else is taken for it.
/// </summary>
public sealed class OutputWriteException : IOException
{
    public OutputWriteException()
    {
        Folder = string.Empty;
    }

    public OutputWriteException(string message)
        : base(message)
    {
        Folder = string.Empty;
    }

    public OutputWriteException(string message, Exception innerException)
        : base(message, innerException)
    {
        Folder = string.Empty;
    }

    /// <summary>The failure <paramref name="cause"/> while writing the output folder <paramref name="folder"/>.</summary>
    public static OutputWriteException For(string folder, Exception cause)
    {
        ArgumentNullException.ThrowIfNull(cause);
        return new OutputWriteException($"cannot write the site into {folder}: {cause.Message}", cause) { Folder = folder, HResult = cause.HResult };
    }

    /// <summary>The output folder the build was writing (the published one, not its staging folder).</summary>
    public string Folder { get; private init; }

    /// <summary>What the user can do, from the operating system's error number.</summary>
    public string Hint => HResult switch
    {
        28 => "the disk is full: free some space, or name a folder on another disk with --out; the published site was left as it was",
        30 => "the file system is read-only: remount it writable, or name a folder elsewhere with --out",
        16 => "the folder is busy (a mount point, or held by another program): name a folder inside it or beside it with --out",
        20 => "a part of the path is a file, not a folder: name a folder whose parents are all folders",
        _ => "check that the folder and its parent can be written, or name another with --out; the published site was left as it was",
    };
}
