using System.Runtime.InteropServices;

namespace Portfolio.FileSystem;

/// <summary>
/// Asks the file system what a path is without opening it, and where it really leads. On Linux this is
/// <c>statx</c> and <c>realpath</c>, so a FIFO, device or socket is recognised before anything could block on
/// it; elsewhere the managed API stands in (it cannot tell a FIFO from a file).
/// </summary>
public static class FileProbe
{
    /// <summary>errno values the callers tell apart (Linux numbering).</summary>
    public const int NoSuchFile = 2;
    public const int PermissionDenied = 13;
    public const int TooManyLinks = 40;

    static bool nativeUnavailable = !OperatingSystem.IsLinux();

    /// <summary>The kind of <paramref name="path"/>; a symbolic link is reported as such unless <paramref name="followLinks"/>.</summary>
    public static FileKind KindOf(string path, bool followLinks = false)
    {
        if (!Volatile.Read(ref nativeUnavailable))
        {
            try
            {
                return NativeKind(path, followLinks ? 0 : Native.AtSymlinkNoFollow);
            }
            catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
            {
                Volatile.Write(ref nativeUnavailable, true);
            }
        }

        return ManagedKind(path, followLinks);
    }

    /// <summary>
    /// What identifies a file's current contents without reading it: device, inode, size and change and
    /// modification times to the nanosecond; null where it cannot be had (not Linux, or the call failed).
    /// </summary>
    public static unsafe FileIdentity? Identity(string path)
    {
        if (Volatile.Read(ref nativeUnavailable))
        {
            return null;
        }

        try
        {
            var buffer = stackalloc byte[Native.StatxBufferSize];
            if (Native.Statx(Native.AtFdCwd, path, Native.AtSymlinkNoFollow, Native.StatxBasicStats, buffer) != 0)
            {
                return null;
            }

            static long Nanoseconds(byte* at) => (*(long*)at * 1_000_000_000L) + *(uint*)(at + 8);
            return new FileIdentity(*(uint*)(buffer + 136), *(uint*)(buffer + 140), *(ulong*)(buffer + 32), *(long*)(buffer + 40),
                Nanoseconds(buffer + 96), Nanoseconds(buffer + 112));
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            Volatile.Write(ref nativeUnavailable, true);
            return null;
        }
    }

    /// <summary>The kind of an open file descriptor (Linux only; <see cref="FileKind.Unknown"/> elsewhere).</summary>
    internal static unsafe FileKind KindOf(int descriptor)
    {
        var buffer = stackalloc byte[Native.StatxBufferSize];
        return Native.Statx(descriptor, "", Native.AtEmptyPath, Native.StatxType, buffer) == 0 ? FromMode(*(ushort*)(buffer + 28)) : FileKind.Unknown;
    }

    static unsafe FileKind NativeKind(string path, int flags)
    {
        var buffer = stackalloc byte[Native.StatxBufferSize];
        if (Native.Statx(Native.AtFdCwd, path, flags, Native.StatxType, buffer) != 0)
        {
            return Marshal.GetLastPInvokeError() == NoSuchFile ? FileKind.Missing : FileKind.Unknown;
        }

        return FromMode(*(ushort*)(buffer + 28));
    }

    static FileKind FromMode(ushort mode) => (mode & 0xF000) switch
    {
        0x8000 => FileKind.Regular,
        0x4000 => FileKind.Directory,
        0xA000 => FileKind.SymbolicLink,
        0x1000 => FileKind.Pipe,
        0x2000 => FileKind.CharacterDevice,
        0x6000 => FileKind.BlockDevice,
        0xC000 => FileKind.Socket,
        _ => FileKind.Unknown,
    };

    static FileKind ManagedKind(string path, bool followLinks)
    {
        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        if (!info.Exists && info.LinkTarget is null)
        {
            return FileKind.Missing;
        }

        if (info.LinkTarget is not null && !followLinks)
        {
            return FileKind.SymbolicLink;
        }

        return info is DirectoryInfo ? FileKind.Directory : info.Exists ? FileKind.Regular : FileKind.Missing;
    }

    /// <summary>
    /// The absolute path with every symbolic link resolved, or null with the reason: <see cref="NoSuchFile"/> for a
    /// link that leads nowhere, <see cref="TooManyLinks"/> for a loop.
    /// </summary>
    public static string? RealPath(string path, out int error)
    {
        error = 0;
        if (!Volatile.Read(ref nativeUnavailable) && !OperatingSystem.IsWindows())
        {
            try
            {
                var resolved = Native.RealPath(path, 0);
                if (resolved == 0)
                {
                    error = Marshal.GetLastPInvokeError();
                    return null;
                }

                try
                {
                    return Marshal.PtrToStringUTF8(resolved);
                }
                finally
                {
                    Native.Free(resolved);
                }
            }
            catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
            {
                Volatile.Write(ref nativeUnavailable, true);
            }
        }

        return ManagedRealPath(path, out error);
    }

    static string? ManagedRealPath(string path, out int error)
    {
        error = 0;
        try
        {
            var full = Path.GetFullPath(path);
            FileSystemInfo info = Directory.Exists(full) ? new DirectoryInfo(full) : new FileInfo(full);
            var target = info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true);
            if (target is null || !target.Exists)
            {
                error = NoSuchFile;
                return null;
            }

            return target.FullName;
        }
        catch (IOException)
        {
            error = TooManyLinks;
            return null;
        }
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="root"/> or lies inside it (both absolute, real paths).</summary>
    public static bool IsInside(string path, string root)
    {
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var trimmed = root.TrimEnd(Path.DirectorySeparatorChar);
        return path.Equals(trimmed, comparison)
            || path.StartsWith(trimmed + Path.DirectorySeparatorChar, comparison)
            || trimmed.Length == 0; // the root is "/"
    }
}
