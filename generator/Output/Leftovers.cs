using System.Globalization;
using Portfolio.FileSystem;

namespace Portfolio.Output;

/// <summary>
/// Staging folders (<c>.output-staging-PID-…</c>) that an interrupted build left beside the output folder. The
/// next build removes those whose process has ended and that carry the output marker, so nothing else is
/// ever deleted and a build running at the same time keeps its own.
/// </summary>
public static class Leftovers
{
    public static void Remove(string parent, string name)
    {
        var prefix = $".{name}-staging-";
        foreach (var dir in Directory.EnumerateDirectories(parent, prefix + "*"))
        {
            var rest = Path.GetFileName(dir)[prefix.Length..];
            var pid = rest.Split('-')[0];
            if (int.TryParse(pid, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && !IsRunning(id)
                && FileProbe.KindOf(dir) == FileKind.Directory && (OutputGuard.IsMarked(dir) || IsEmpty(dir)))
            {
                TryDelete(dir);
            }
        }
    }

    public static void TryDelete(string dir)
    {
        try
        {
            if (FileProbe.KindOf(dir) == FileKind.Directory)
            {
                Directory.Delete(dir, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next build to remove.
        }
    }

    static bool IsEmpty(string dir) => !Directory.EnumerateFileSystemEntries(dir).Any();

    static bool IsRunning(int id)
    {
        if (id == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(id);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
