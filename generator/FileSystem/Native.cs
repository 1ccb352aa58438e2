using System.Runtime.InteropServices;

namespace Portfolio.FileSystem;

/// <summary>
/// The few POSIX calls .NET does not expose: the type of a file (FIFO, device, socket), its real path, a
/// non-blocking open and an atomic exchange of two folders. Linux and glibc 2.28 or later; callers fall back
/// to managed code where an entry point is missing.
/// </summary>
internal static unsafe partial class Native
{
    public const int AtFdCwd = -100;
    public const int AtSymlinkNoFollow = 0x100;
    public const int AtEmptyPath = 0x1000;
    public const uint StatxType = 0x1;
    public const uint StatxSize = 0x200;
    public const uint StatxBasicStats = 0x7ff;
    public const int OpenReadOnlyNonBlocking = 0x800 | 0x80000; // O_RDONLY | O_NONBLOCK | O_CLOEXEC (same on x64 and arm64)
    public const uint RenameNoReplace = 1;
    public const uint RenameExchange = 2;

    /// <summary>Size of <c>struct statx</c>; <c>stx_mode</c> is the 16-bit field at offset 28, <c>stx_size</c> the 64-bit one at 40.</summary>
    public const int StatxBufferSize = 256;

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Statx(int dirfd, string path, int flags, uint mask, byte* buffer);

    [LibraryImport("libc", EntryPoint = "realpath", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint RealPath(string path, nint resolved);

    [LibraryImport("libc", EntryPoint = "free")]
    public static partial void Free(nint pointer);

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "renameat2", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int RenameAt2(int olddirfd, string oldpath, int newdirfd, string newpath, uint flags);
}
