using System.Collections.Immutable;
using Portfolio.Diagnostics;

namespace Portfolio.Output;

/// <summary>
/// Stage 7, write: writes every file into a staging folder beside the output folder, then swaps the two in one
/// step (<see cref="FolderSwap"/>), so the output folder is at every moment either the complete old site or the
/// complete new one. A build that fails before this stage, or while writing, leaves the previous output as it
/// was. Only a folder <see cref="OutputGuard"/> accepts is ever replaced; staging folders left by an interrupted
/// build are removed by the next one.
/// </summary>
public sealed class SiteWriter(string contentDir, string themeDir)
{
    public ImmutableArray<Diagnostic> Write(string outputDir, ImmutableArray<OutputFile> files)
    {
        if (OutputGuard.Check(outputDir, contentDir, themeDir) is { } refused)
        {
            return [refused];
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
            foreach (var file in files)
            {
                var path = Path.Combine(staging, file.Path.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Bytes);
            }

            FolderSwap.Replace(target, staging);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Leftovers.TryDelete(staging);
            return [Diagnostic.Error(Codes.OutputLocked, SourceRange.None, $"the site could not be written to '{outputDir}': {e.Message}",
                "check that the folder is writable and not open in another program; the previous site is unchanged")];
        }

        // After the swap the staging path holds the previous site (or nothing, on a first build).
        Leftovers.TryDelete(staging);
        return [];
    }
}
