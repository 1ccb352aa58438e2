using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Portfolio.FileSystem;

/// <summary>Why a file could not be read, or <see cref="None"/>.</summary>
public enum ReadFailure
{
    None,
    TooLarge,
    NotRegular,
    Unreadable,
}

/// <summary>The bytes of a file, or why there are none.</summary>
public readonly record struct ReadResult(byte[]? Bytes, ReadFailure Failure, string? Reason = null)
{
    public static ReadResult Failed(ReadFailure failure, string? reason = null) => new(null, failure, reason);
}

/// <summary>
/// Reads a whole file, but never more than a limit: it stops at <c>limit + 1</c> bytes whatever size the file
/// system reports (a device or a file in <c>/proc</c> can claim any length). On Linux the file is opened
/// without blocking and checked to be a regular file through its descriptor, so a FIFO or device swapped in
/// at the last moment is refused rather than waited on.
/// </summary>
public static class BoundedFile
{
    public static ReadResult Read(string path, int limit)
    {
        if (OperatingSystem.IsLinux())
        {
            try
            {
                return ReadLinux(path, limit);
            }
            catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
            {
                // No native entry point: read it the managed way below.
            }
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);
            return Drain(buffer => stream.Read(buffer.Span), limit);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ReadResult.Failed(ReadFailure.Unreadable, e is UnauthorizedAccessException ? "permission denied" : "the file could not be read");
        }
    }

    static ReadResult ReadLinux(string path, int limit)
    {
        var descriptor = Native.Open(path, Native.OpenReadOnlyNonBlocking);
        if (descriptor < 0)
        {
            var error = Marshal.GetLastPInvokeError();
            return ReadResult.Failed(ReadFailure.Unreadable, error switch
            {
                FileProbe.PermissionDenied => "permission denied",
                FileProbe.NoSuchFile => "the file vanished while it was being read",
                _ => $"the file could not be opened (error {error})",
            });
        }

        using var handle = new SafeFileHandle(descriptor, ownsHandle: true);
        if (FileProbe.KindOf(descriptor) != FileKind.Regular)
        {
            return ReadResult.Failed(ReadFailure.NotRegular);
        }

        try
        {
            long offset = 0;
            return Drain(buffer =>
            {
                var read = RandomAccess.Read(handle, buffer.Span, offset);
                offset += read;
                return read;
            }, limit);
        }
        catch (IOException)
        {
            return ReadResult.Failed(ReadFailure.Unreadable, "the file could not be read");
        }
    }

    /// <summary>Reads chunks until the end, or until one byte past the limit.</summary>
    static ReadResult Drain(Func<Memory<byte>, int> read, int limit)
    {
        var buffer = new byte[Math.Min(limit + 1, 64 * 1024)];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length > limit)
                {
                    return ReadResult.Failed(ReadFailure.TooLarge);
                }

                Array.Resize(ref buffer, Math.Min(limit + 1, buffer.Length * 2));
            }

            var count = read(buffer.AsMemory(length));
            if (count == 0)
            {
                break;
            }

            length += count;
        }

        if (length > limit)
        {
            return ReadResult.Failed(ReadFailure.TooLarge);
        }

        Array.Resize(ref buffer, length);
        return new ReadResult(buffer, ReadFailure.None);
    }
}
