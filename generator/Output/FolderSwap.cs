using System.Runtime.InteropServices;
using Portfolio.FileSystem;

namespace Portfolio.Output;

/// <summary>
/// Puts a finished folder in the place of another. On Linux, <c>renameat2(RENAME_EXCHANGE)</c> swaps the two
/// names in one atomic step, so a reader (or a web server) sees the old site or the new one and never a
/// missing folder. Where that call is missing or the file system cannot exchange, it falls back to two
/// renames, with a moment in between when the folder does not exist.
/// </summary>
public static class FolderSwap
{
    const int NotSupported = 22; // EINVAL: the file system cannot exchange
    const int NoSystemCall = 38; // ENOSYS

    /// <summary>Moves <paramref name="ready"/> to <paramref name="target"/>; afterwards <paramref name="ready"/> holds the old folder, if there was one.</summary>
    public static void Replace(string target, string ready)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(ready, target);
            return;
        }

        if (OperatingSystem.IsLinux() && TryExchange(ready, target))
        {
            return;
        }

        var retired = ready + "-old";
        Directory.Move(target, retired);
        try
        {
            Directory.Move(ready, target);
        }
        catch (IOException)
        {
            Directory.Move(retired, target);
            throw;
        }

        Directory.Move(retired, ready);
    }

    static bool TryExchange(string a, string b)
    {
        try
        {
            if (Native.RenameAt2(Native.AtFdCwd, a, Native.AtFdCwd, b, Native.RenameExchange) == 0)
            {
                return true;
            }

            var error = Marshal.GetLastPInvokeError();
            return error is NotSupported or NoSystemCall
                ? false
                : throw new IOException($"the new site could not be swapped in (error {error})");
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }
}
