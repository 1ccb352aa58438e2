using System.Collections.Concurrent;
using AngleSharp.Html.Parser;
using Portfolio.Rendering;

namespace Portfolio.Checks;

/// <summary>
/// The facts of each rendered page kept between builds by <c>serve</c>, so a rebuild parses only the
/// pages whose HTML changed. The link checks still run over every page, as they depend on all of them.
/// </summary>
public sealed class PageFactsCache
{
    readonly ConcurrentDictionary<string, (string Html, PageFacts Facts)> entries = new(StringComparer.Ordinal);
    int read;

    /// <summary>How many pages have been parsed (not taken from the cache) since the cache was made.</summary>
    public int PagesRead => Volatile.Read(ref read);

    internal PageFacts GetOrRead(RenderedPage page, HtmlParser parser)
    {
        var html = page.Html;
        if (entries.TryGetValue(page.File.Path, out var entry) && string.Equals(entry.Html, html, StringComparison.Ordinal))
        {
            return entry.Facts with { Page = page };
        }

        Interlocked.Increment(ref read);
        var facts = PageFacts.Read(page, parser);
        entries[page.File.Path] = (html, facts);
        return facts;
    }

    /// <summary>Forgets pages that are no longer part of the site.</summary>
    internal void Retain(IEnumerable<RenderedPage> pages)
    {
        var current = pages.Select(p => p.File.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var path in entries.Keys.Where(p => !current.Contains(p)))
        {
            entries.TryRemove(path, out _);
        }
    }
}
