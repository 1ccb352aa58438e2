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
    readonly ConcurrentDictionary<string, bool> folders = new(StringComparer.Ordinal);
    string? failure;
    bool committed;

    StagingSink(string outputDir, string target, string staging)
    {
        this.outputDir = outputDir;
        this.target = target;
        this.staging = staging;
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

    public void Add(OutputFile file)
    {
        if (Volatile.Read(ref failure) is not null)
        {
            return;
        }

        try
        {
            var path = Path.Combine(staging, file.Path.Replace('/', Path.DirectorySeparatorChar));
            var folder = Path.GetDirectoryName(path)!;
            if (folders.TryAdd(folder, true))
            {
                Directory.CreateDirectory(folder);
            }

            File.WriteAllBytes(path, file.Bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Interlocked.CompareExchange(ref failure, e.Message, null);
        }
    }

    /// <summary>Puts the staged site in place of the output folder; the errors if it could not be written.</summary>
    public ImmutableArray<Diagnostic> Commit()
    {
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
        if (!committed)
        {
            Leftovers.TryDelete(staging);
        }
    }

    static Diagnostic CannotWrite(string outputDir, string message) =>
        Diagnostic.Error(Codes.OutputLocked, SourceRange.None, $"the site could not be written to '{outputDir}': {message}",
            "check that the folder is writable and not open in another program; the previous site is unchanged");
}
