using System.Collections.Immutable;

namespace Portfolio.Model;

/// <summary>
/// The groups readers filter cases by, in the order filters show them, and their keys: the URL parameter
/// (<c>/search/?country=uy</c>), the data attribute of a case card and the suffix of their label key
/// (<c>facet.country</c>). Browser scripts read the keys from the page, never from a list of their own.
/// </summary>
public static class Facets
{
    public static ImmutableArray<Taxon> Filters { get; } = [Taxon.Country, Taxon.Theme, Taxon.Level, Taxon.Phase, Taxon.Sector];

    public static string Key(Taxon taxon) => taxon switch
    {
        Taxon.Country => "country",
        Taxon.Theme => "theme",
        Taxon.Technique => "technique",
        Taxon.Level => "level",
        Taxon.Phase => "phase",
        Taxon.Sector => "sector",
        _ => throw new ArgumentOutOfRangeException(nameof(taxon)),
    };
}
