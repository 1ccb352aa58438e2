using System.Collections.Immutable;

namespace Portfolio.Search;

/// <summary>
/// The facets a search can be narrowed by, in the order they are shown. The names are the URL
/// parameters (<c>/search/?q=agua&amp;country=uy</c>) and the keys of their labels, <c>facet.&lt;name&gt;</c>.
/// </summary>
public static class FacetGroups
{
    public const string Type = "type";
    public const string Country = "country";
    public const string Theme = "theme";
    public const string Level = "level";
    public const string Phase = "phase";
    public const string Sector = "sector";

    public static readonly ImmutableArray<string> Ordered = [Type, Country, Theme, Level, Phase, Sector];

    /// <summary>The groups whose values a search result lists under its title, in that order (values by name).</summary>
    public static readonly ImmutableArray<string> Listed = [Country, Level, Phase, Theme];
}
