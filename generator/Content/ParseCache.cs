using System.Collections.Concurrent;
using System.Collections.Immutable;
using Portfolio.Diagnostics;

namespace Portfolio.Content;

/// <summary>
/// Parse results kept between builds by file path and content hash, so that <c>serve</c> re-parses only
/// the files that changed. Entries for files that are gone or changed are dropped after each parse.
/// A normal build has no cache and parses everything.
/// </summary>
public sealed class ParseCache
{
    readonly ConcurrentDictionary<(string Path, string Hash), (ParsedDocument? Document, ImmutableArray<Diagnostic> Diagnostics)> entries = new();
    int parsed;

    /// <summary>How many files have been parsed (not taken from the cache) since the cache was made.</summary>
    public int FilesParsed => Volatile.Read(ref parsed);

    internal (ParsedDocument? Document, ImmutableArray<Diagnostic> Diagnostics) GetOrParse(
        SourceFile file, Func<SourceFile, (ParsedDocument?, ImmutableArray<Diagnostic>)> parse) =>
        entries.GetOrAdd((file.Path, file.Hash), _ =>
        {
            Interlocked.Increment(ref parsed);
            return parse(file);
        });

    /// <summary>Forgets every entry that is not one of <paramref name="files"/> as they are now.</summary>
    internal void Retain(ImmutableArray<SourceFile> files)
    {
        var current = files.Select(f => (f.Path, f.Hash)).ToHashSet();
        foreach (var key in entries.Keys.Where(k => !current.Contains(k)))
        {
            entries.TryRemove(key, out _);
        }
    }
}
