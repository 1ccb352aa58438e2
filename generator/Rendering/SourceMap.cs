using System.Collections.Immutable;
using Portfolio.Diagnostics;

namespace Portfolio.Rendering;

/// <summary>
/// Where the links and headings of a page's Markdown were written, taken from Markdig's spans while rendering, so a
/// problem found in the rendered page (a broken link, a repeated id, a skipped heading level) is reported at the
/// line and column a contributor has to change. Links are keyed by the address as the page writes it.
/// </summary>
public sealed record SourceMap(string File, ImmutableDictionary<string, ImmutableArray<SourceRange>> Links, ImmutableDictionary<string, SourceRange> Headings)
{
    /// <summary>The <paramref name="occurrence"/>-th (0-based) place <paramref name="href"/> is written, or the file's start.</summary>
    public SourceRange Link(string href, int occurrence)
    {
        if (!Links.TryGetValue(href, out var places) && !Links.TryGetValue(Uri.UnescapeDataString(href), out places))
        {
            return SourceRange.StartOf(File);
        }

        return places[Math.Min(occurrence, places.Length - 1)];
    }

    /// <summary>Where the heading with this anchor was written, or null when the layout wrote it.</summary>
    public SourceRange? Heading(string? id) => id is not null && Headings.TryGetValue(id, out var place) ? place : null;
}
