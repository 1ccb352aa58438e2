using System.Collections.Immutable;
using Portfolio.Diagnostics;
using Portfolio.Model;
using Portfolio.Output;

namespace Portfolio.Pipeline;

/// <summary>The outcome of a build: all diagnostics, the files (when it got that far), the model and stage timings.</summary>
public sealed record BuildResult(ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<OutputFile> Files, Site? Site, ImmutableArray<StageTiming> Timings, bool Written)
{
    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);

    /// <summary>True when the build must fail: any error, or any warning under <c>--strict</c>.</summary>
    public bool Failed(bool strict) => ErrorCount > 0 || (strict && WarningCount > 0);
}
