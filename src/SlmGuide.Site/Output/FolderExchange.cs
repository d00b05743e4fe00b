using System.Runtime.InteropServices;

namespace SlmGuide.Site.Output;

/// <summary>
/// Swaps two folders in one step of the file system: Linux's <c>renameat2(RENAME_EXCHANGE)</c>.
/// Two plain renames (old site away, new site in) leave a moment with no site at all; a build
/// killed in that moment would leave none. With the exchange there is no such moment.
/// </summary>
internal static partial class FolderExchange
{
    private const int CurrentDirectory = -100;
    private const uint RenameExchange = 2;

    /// <summary>False where the system or the file system cannot exchange (not Linux, or EINVAL/ENOSYS); nothing was moved then.</summary>
    public static bool TryExchange(string first, string second)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        if (RenameAt2(CurrentDirectory, first, CurrentDirectory, second, RenameExchange) == 0)
        {
            return true;
        }

        var error = Marshal.GetLastPInvokeError();
        const int invalidArgument = 22, notImplemented = 38;
        return error is invalidArgument or notImplemented
            ? false
            : throw new IOException($"cannot swap {second} for {first}: {Marshal.GetPInvokeErrorMessage(error)}");
    }

    [LibraryImport("libc", EntryPoint = "renameat2", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);
}
