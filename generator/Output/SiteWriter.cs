using System.Collections.Immutable;
using Portfolio.Diagnostics;

namespace Portfolio.Output;

/// <summary>
/// Stage 7, write: writes every file into a staging folder beside the output folder and only then
/// swaps it into place. A build that fails before this stage, or while writing, leaves the previous
/// output exactly as it was.
/// </summary>
public sealed class SiteWriter
{
    public ImmutableArray<Diagnostic> Write(string outputDir, ImmutableArray<OutputFile> files)
    {
        var target = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target)!;
        var name = Path.GetFileName(target);
        var staging = Path.Combine(parent, $".{name}-staging-{Environment.ProcessId}-{Guid.NewGuid():N}");
        var retired = Path.Combine(parent, $".{name}-old-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(parent);
            foreach (var file in files)
            {
                var path = Path.Combine(staging, file.Path.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Bytes);
            }

            Directory.CreateDirectory(staging);
            if (Directory.Exists(target))
            {
                Directory.Move(target, retired);
            }

            Directory.Move(staging, target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (!Directory.Exists(target) && Directory.Exists(retired))
            {
                Directory.Move(retired, target);
            }

            TryDelete(staging);
            return [Diagnostic.Error(Codes.OutputLocked, SourcePosition.StartOf(outputDir), $"the site could not be written: {e.Message}",
                "check that the folder is writable and not open in another program; the previous site is unchanged")];
        }

        TryDelete(retired);
        return [];
    }

    static void TryDelete(string dir)
    {
        try
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover hidden folder is harmless; the next build writes a new one.
        }
    }
}
