using System.Collections.Immutable;
using Portfolio.Model;

namespace Portfolio.Search;

/// <summary>
/// The facets a search can be narrowed by, in the order they are shown: the page's type, then the groups cases
/// are filtered by (<see cref="Facets.Filters"/>). The names are the URL parameters
/// (<c>/search/?q=agua&amp;country=uy</c>) and the keys of their labels, <c>facet.&lt;name&gt;</c>.
/// </summary>
public static class FacetGroups
{
    public const string Type = "type";

    public static readonly ImmutableArray<string> Ordered = [Type, .. Facets.Filters.Select(Facets.Key)];

    /// <summary>The groups whose values a search result lists under its title, in that order (values by name).</summary>
    public static readonly ImmutableArray<string> Listed = [.. new[] { Taxon.Country, Taxon.Level, Taxon.Phase, Taxon.Theme }.Select(Facets.Key)];
}
