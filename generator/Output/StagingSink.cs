using System.Collections.Concurrent;
using System.Collections.Immutable;
using Portfolio.Diagnostics;

namespace Portfolio.Output;

/// <summary>
/// Stage 7, write: files go into a staging folder beside the output folder as the render stage makes them, and
/// <see cref="Commit"/> swaps the staging folder in (<see cref="FolderSwap"/>), so the output folder is at every
/// moment either the complete old site or the complete new one. A build that fails, or is disposed without a
/// commit, removes its staging folder and leaves the previous output exactly as it was. Only a folder
/// <see cref="OutputGuard"/> accepts is ever replaced; staging folders left by an interrupted build are removed by
/// the next one.
/// </summary>
public sealed class StagingSink : IOutputSink, IDisposable
{
    readonly string outputDir;
    readonly string target;
    readonly string staging;
    readonly HashSet<string> folders = new(StringComparer.Ordinal);
    readonly BlockingCollection<OutputFile> queue = new(boundedCapacity: 256);
    readonly Thread writer;
    string? failure;
    bool committed;

    StagingSink(string outputDir, string target, string staging)
    {
        this.outputDir = outputDir;
        this.target = target;
        this.staging = staging;
        writer = new Thread(WriteQueued) { IsBackground = true, Name = "output writer" };
        writer.Start();
    }

    /// <summary>A staging folder for <paramref name="outputDir"/>, or the reason the folder may not be replaced (or written).</summary>
    public static (StagingSink? Sink, Diagnostic? Problem) Open(string outputDir, string contentDir, string themeDir)
    {
        if (OutputGuard.Check(outputDir, contentDir, themeDir) is { } refused)
        {
            return (null, refused);
        }

        var target = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target)!;
        var name = Path.GetFileName(target);
        var staging = Path.Combine(parent, $".{name}-staging-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(parent);
            Leftovers.Remove(parent, name);
            Directory.CreateDirectory(staging);
            File.WriteAllText(Path.Combine(staging, OutputGuard.MarkerName), OutputGuard.MarkerText);
            return (new StagingSink(outputDir, target, staging), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Leftovers.TryDelete(staging);
            return (null, CannotWrite(outputDir, e.Message));
        }
    }

    /// <summary>
    /// Queues a file for the writer thread and returns at once. One thread writes every file, in the order they
    /// come: creating files from several threads at once makes each creation many times slower on ext4 (the
    /// folder's lock and the journal), and the render threads have better things to do than wait for the disk.
    /// </summary>
    public void Add(OutputFile file)
    {
        if (Volatile.Read(ref failure) is null)
        {
            queue.Add(file);
        }
    }

    void WriteQueued()
    {
        foreach (var file in queue.GetConsumingEnumerable())
        {
            if (Volatile.Read(ref failure) is not null)
            {
                continue;
            }

            try
            {
                Write(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Interlocked.CompareExchange(ref failure, e.Message, null);
            }
        }
    }

    void Write(OutputFile file)
    {
        var path = Path.Combine(staging, file.Path.Replace('/', Path.DirectorySeparatorChar));
        var folder = Path.GetDirectoryName(path)!;
        if (folders.Add(folder))
        {
            Directory.CreateDirectory(folder);
        }

        // A new file in a folder only this build writes to: CreateNew (O_CREAT|O_EXCL) never follows or
        // overwrites anything already there, and no preallocation or lock is asked for (see the project's
        // System.IO.DisableFileLocking: advisory locks cost more than the write on some file systems).
        using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        RandomAccess.Write(handle, file.Bytes, 0);
    }

    /// <summary>Waits until every queued file is on disk.</summary>
    void Drain()
    {
        if (!queue.IsAddingCompleted)
        {
            queue.CompleteAdding();
        }

        writer.Join();
    }

    /// <summary>Puts the staged site in place of the output folder; the errors if it could not be written.</summary>
    public ImmutableArray<Diagnostic> Commit()
    {
        Drain();
        if (Volatile.Read(ref failure) is { } message)
        {
            return [CannotWrite(outputDir, message)];
        }

        try
        {
            FolderSwap.Replace(target, staging);
            committed = true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [CannotWrite(outputDir, e.Message)];
        }

        // After the swap the staging path holds the previous site (or nothing, on a first build).
        Leftovers.TryDelete(staging);
        return [];
    }

    public void Dispose()
    {
        Drain();
        queue.Dispose();
        if (!committed)
        {
            Leftovers.TryDelete(staging);
        }
    }

    static Diagnostic CannotWrite(string outputDir, string message) =>
        Diagnostic.Error(Codes.OutputLocked, SourceRange.None, $"the site could not be written to '{outputDir}': {message}",
            "check that the folder is writable and not open in another program; the previous site is unchanged");
}
