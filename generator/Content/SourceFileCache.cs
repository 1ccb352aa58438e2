using System.Collections.Concurrent;
using Portfolio.FileSystem;

namespace Portfolio.Content;

/// <summary>
/// Content files read by an earlier build of the preview, by real path with the file's identity at the time
/// (<see cref="FileIdentity"/>: inode, size, change and modification times in nanoseconds). A file whose identity
/// is unchanged is not read, decoded and hashed again. Only files that were read without a problem are kept, so a
/// file with a problem is read, and reported, on every build.
/// </summary>
/// <remarks>
/// File times advance in ticks of a few milliseconds, so a file written twice within one tick, at the same size,
/// keeps its identity. As git does with its index, a file modified less than <see cref="Racy"/> before it was read
/// is not trusted: it is read again next time, until its last change is older than that.
/// </remarks>
public sealed class SourceFileCache
{
    static readonly long Racy = TimeSpan.FromMilliseconds(50).Ticks * 100;

    readonly ConcurrentDictionary<string, (FileIdentity Identity, long ReadAtNs, SourceFile File)> files = new(StringComparer.Ordinal);

    public SourceFile? Find(string realPath, FileIdentity? identity) =>
        identity is { } now && files.TryGetValue(realPath, out var kept) && kept.Identity == now && now.ModifiedNs < kept.ReadAtNs - Racy
        && now.ChangedNs < kept.ReadAtNs - Racy ? kept.File : null;

    /// <summary>Keeps a file read just now, with the identity it had before it was read.</summary>
    public void Keep(string realPath, FileIdentity? identity, SourceFile file)
    {
        if (identity is { } known)
        {
            files[realPath] = (known, NowNs(), file);
        }
    }

    static long NowNs() => (DateTime.UtcNow - DateTime.UnixEpoch).Ticks * 100;

    /// <summary>Forgets the files that were not found this time.</summary>
    public void Retain(IEnumerable<string> realPaths)
    {
        var current = realPaths.ToHashSet(StringComparer.Ordinal);
        foreach (var path in files.Keys.Where(p => !current.Contains(p)))
        {
            files.TryRemove(path, out _);
        }
    }
}
