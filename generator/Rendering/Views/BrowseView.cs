using System.Collections.Immutable;
using Portfolio.Model;

namespace Portfolio.Rendering.Views;

/// <summary>Ways into the cases: by theme, by country and by level of co-production, each value with its count.</summary>
public sealed record BrowseView(ImmutableArray<BrowseGroup> Groups);

/// <summary>
/// One way of browsing (<see cref="Key"/> is <c>theme</c>, <c>country</c> or <c>level</c>) and its values, most cases
/// first; <see cref="All"/> links the full list when only the first values are shown.
/// </summary>
public sealed record BrowseGroup(string Key, string Label, ImmutableArray<CountedLink> Links, NavLink? All);

/// <summary>A value with how many cases it has (<see cref="Count"/> as a number, <see cref="CountLabel"/> in words) and the page that lists them, if any.</summary>
public sealed record CountedLink(string? Url, string Name, string Count, string CountLabel);

/// <summary>Builds the browse lists from the model's taxonomies and matrix.</summary>
public sealed class BrowseLists(Site site, ViewFactory views, UiText text)
{
    /// <summary>The lists, each cut to its first <paramref name="limit"/> values (all of them when null).</summary>
    public BrowseView Build(int? limit = null) => new(
    [
        Group("theme", site.Themes, Urls.Themes, limit),
        Group("country", site.Countries, Urls.Countries, limit),
        new BrowseGroup("level", text["browse.level"],
            [.. site.Matrix.Levels.Select(level => (Level: level, Count: site.Cases.Count(c => c.Level.Slug == level.Slug)))
                .Where(l => l.Count > 0)
                .Select(l => Link(Urls.MatrixRow(l.Level.Slug), l.Level.Name, l.Count))],
            null),
    ]);

    BrowseGroup Group(string key, ImmutableArray<TaxonomyTerm> terms, string index, int? limit)
    {
        var shown = terms.Where(t => t.Count > 0).OrderByDescending(t => t.Count).ThenBy(t => t.Name, StringComparer.Ordinal).ToList();
        var cut = limit is { } n && shown.Count > n;
        return new BrowseGroup(key, text["browse." + key],
            [.. shown.Take(cut ? limit!.Value : shown.Count).Select(t => Link(Urls.Of(t.Term)!, t.Name, t.Count))],
            cut ? new NavLink(index, string.Format(views.Culture, text[$"browse.all_{key}"], views.Number(shown.Count))) : null);
    }

    CountedLink Link(string url, string name, int count) => new(url, name, views.Number(count), views.Count("cases.count", count));
}
