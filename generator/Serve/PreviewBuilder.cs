using System.Collections.Immutable;
using System.Diagnostics;
using Portfolio.Diagnostics;
using Portfolio.Pipeline;
using Portfolio.Rendering;

namespace Portfolio.Serve;

/// <summary>
/// Runs the build pipeline for the preview, in memory, with a <see cref="BuildCache"/> kept between
/// builds. A build with errors keeps the last good files and records the errors; a file caught half
/// written or half deleted is reported, never thrown. Builds run one at a time.
/// </summary>
public sealed class PreviewBuilder(BuildOptions options, ImmutableArray<IOutputProducer> producers, TextWriter log)
{
    readonly BuildCache cache = new();
    readonly Lock gate = new();
    PreviewState state = PreviewState.Empty;
    int builds;

    public BuildCache Cache => cache;

    /// <summary>How paths are shown in the preview's log and panel: relative to the site.</summary>
    public Content.PathDisplay Display { get; } = options.DisplayRoot is { } root ? new(root) : Content.PathDisplay.For(options.ContentDir, options.ThemeDir);

    public PreviewState State => Volatile.Read(ref state);

    /// <summary>How many builds have run.</summary>
    public int Builds => Volatile.Read(ref builds);

    public PreviewState Rebuild()
    {
        lock (gate)
        {
            var clock = Stopwatch.StartNew();
            builds++;
            var (files, diagnostics, timings) = Run();
            foreach (var diagnostic in diagnostics)
            {
                log.WriteLine(DiagnosticPrinter.Text(diagnostic));
            }

            var errors = diagnostics.Where(d => d.IsError).ToImmutableArray();
            var current = State;
            PreviewState next;
            if (files is null || !errors.IsEmpty)
            {
                next = current with { Errors = errors };
                log.WriteLine(current.HasSite
                    ? $"Build failed with {Count(errors.Length, "error")}; still serving the last good site."
                    : $"Build failed with {Count(errors.Length, "error")}; fix them and save to see the site.");
            }
            else if (current.Serves(files))
            {
                next = current with { Errors = [] };
                log.WriteLine($"Rebuilt in {clock.ElapsedMilliseconds} ms: nothing changed.");
            }
            else
            {
                next = new PreviewState(current.Version + 1, files, []);
                log.WriteLine($"Built {Count(files.Count, "file")} in {clock.ElapsedMilliseconds} ms ({timings}).");
            }

            Volatile.Write(ref state, next);
            return next;
        }
    }

    (ImmutableDictionary<string, Output.OutputFile>? Files, ImmutableArray<Diagnostic> Diagnostics, string Timings) Run()
    {
        try
        {
            var result = new BuildPipeline(producers, cache).Run(options, write: false);
            var timings = string.Join(", ", result.Timings.Where(t => !t.Stage.StartsWith(' ')).Select(t => FormattableString.Invariant($"{t.Stage} {t.Elapsed.TotalMilliseconds:0}")));
            var pages = cache.Pages;
            return (result.Failed(strict: false) ? null : PreviewState.ByPath(result.Files), result.Diagnostics,
                $"{timings} ms; {Count(pages.Rendered, "page")} rendered, {pages.Reused:N0} unchanged");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An editor was still writing, renaming or deleting a file; the next change event rebuilds.
            var root = Path.GetDirectoryName(Path.GetFullPath(options.ContentDir)) + Path.DirectorySeparatorChar;
            return (null, [Diagnostic.Error(Codes.SourceUnreadable, SourceRange.StartOf(Path.GetFileName(Path.GetFullPath(options.ContentDir))),
                $"a file could not be read: {e.Message.Replace(root, "", StringComparison.Ordinal)}",
                "save the file again; if this persists, check the file's permissions")], "");
        }
    }

    static string Count(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";
}
