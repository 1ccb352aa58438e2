using System.Threading.Channels;

namespace Portfolio.Serve;

/// <summary>
/// Watches the content and theme folders and reports every change, as the path that changed, to a
/// channel. Editor droppings (hidden files, backups, swap files) are ignored; the discover stage skips
/// them too, so they could never change the site.
/// </summary>
public sealed class ChangeWatcher : IDisposable
{
    readonly List<FileSystemWatcher> watchers = [];
    readonly ChannelWriter<string> changes;

    public ChangeWatcher(IEnumerable<string> folders, ChannelWriter<string> changes)
    {
        this.changes = changes;
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => Report(e.FullPath);
            watcher.Created += (_, e) => Report(e.FullPath);
            watcher.Deleted += (_, e) => Report(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Report(e.OldFullPath);
                Report(e.FullPath);
            };
            // The event buffer overflowed: some changes are unknown, so rebuild anyway.
            watcher.Error += (_, _) => changes.TryWrite(folder);
            watcher.EnableRaisingEvents = true;
            watchers.Add(watcher);
        }
    }

    void Report(string path)
    {
        if (!IsIgnored(path))
        {
            changes.TryWrite(path);
        }
    }

    /// <summary>Hidden files and folders, backups (<c>name~</c>), and swap and temporary files of common editors.</summary>
    public static bool IsIgnored(string path)
    {
        var parts = path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return false;
        }

        var name = parts[^1];
        return parts.Any(p => p.StartsWith('.'))
            || name.EndsWith('~')
            || name is "4913"
            || name.EndsWith(".swp", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".swx", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)
            || (name.StartsWith('#') && name.EndsWith('#'));
    }

    public void Dispose()
    {
        foreach (var watcher in watchers)
        {
            watcher.Dispose();
        }
    }
}
