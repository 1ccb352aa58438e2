using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Portfolio.Output;

/// <summary>Keeps every file in memory, by path.</summary>
public sealed class MemorySink : IOutputSink
{
    readonly ConcurrentDictionary<string, OutputFile> files = new(StringComparer.Ordinal);

    public void Add(OutputFile file) => files[file.Path] = file;

    /// <summary>The files, sorted by path.</summary>
    public ImmutableArray<OutputFile> Files => [.. files.Values.OrderBy(f => f.Path, StringComparer.Ordinal)];
}
