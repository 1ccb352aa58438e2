using System.Collections.Immutable;
using Portfolio.Diagnostics;
using Portfolio.Output;

namespace Portfolio.Serve;

/// <summary>
/// What the preview serves: the files of the last build that succeeded (its <see cref="Version"/> grows
/// whenever they change) and the errors of the latest build, which the browser shows over the page.
/// Version 0 means no build has succeeded yet.
/// </summary>
public sealed record PreviewState(int Version, ImmutableDictionary<string, OutputFile> Files, ImmutableArray<Diagnostic> Errors)
{
    public static PreviewState Empty { get; } = new(0, ImmutableDictionary<string, OutputFile>.Empty, []);

    public bool HasSite => Version > 0;

    /// <summary>The files of a build, by site path (<c>/cases/ia2/index.html</c>).</summary>
    public static ImmutableDictionary<string, OutputFile> ByPath(IEnumerable<OutputFile> files) =>
        files.ToImmutableDictionary(f => "/" + f.Path, StringComparer.Ordinal);

    /// <summary>True when <paramref name="files"/> are byte for byte the files already served.</summary>
    public bool Serves(ImmutableDictionary<string, OutputFile> files) =>
        files.Count == Files.Count
        && files.All(f => Files.TryGetValue(f.Key, out var old) && old.Bytes.AsSpan().SequenceEqual(f.Value.Bytes));
}
