using System.Collections.Immutable;
using Portfolio.Diagnostics;
using Portfolio.Model;
using Portfolio.Output;

namespace Portfolio.Pipeline;

/// <summary>
/// The outcome of a build: all diagnostics, the model, stage timings, how many pages and other files it made, and
/// the files themselves when they were kept in memory (a build that does not write).
/// </summary>
public sealed record BuildResult(ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<OutputFile> Files, Site? Site, ImmutableArray<StageTiming> Timings, bool Written,
    FileCounts Counts = default)
{
    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);

    /// <summary>True when the build must fail: any error, or any warning under <c>--strict</c>.</summary>
    public bool Failed(bool strict) => ErrorCount > 0 || (strict && WarningCount > 0);
}

/// <summary>How many pages and other files a build made.</summary>
public readonly record struct FileCounts(int Pages, int OtherFiles);
