using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Portfolio.Content.Documents;

namespace Portfolio.Model;

/// <summary>
/// A case as the site shows it: its validated file, and everything it is filed under resolved to names once, so
/// no view, producer or template looks a slug up again.
/// </summary>
public sealed record Case(
    CaseFile File,
    ImmutableArray<Named> Countries,
    Named Level,
    ImmutableArray<Named> Phases,
    ImmutableArray<Named> Themes,
    ImmutableArray<Named> Techniques,
    ImmutableArray<Named> Sectors,
    string? StatusName)
{
    public string Slug => File.Slug;

    /// <summary>
    /// A case is itself: two cases are the same case when they are the same object. A record would compare every
    /// field of the file, body included, wherever a list of cases is searched or a case is a key.
    /// </summary>
    public bool Equals(Case? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);

    public string Title => File.Title;

    /// <summary>What the case is filed under in one group.</summary>
    public ImmutableArray<Named> Under(Taxon taxon) => taxon switch
    {
        Taxon.Country => Countries,
        Taxon.Theme => Themes,
        Taxon.Technique => Techniques,
        Taxon.Level => [Level],
        Taxon.Phase => Phases,
        Taxon.Sector => Sectors,
        _ => throw new ArgumentOutOfRangeException(nameof(taxon)),
    };

    /// <summary>Everything the case is filed under that readers can filter by (<see cref="Facets.Filters"/>).</summary>
    public ImmutableArray<Named> Filed => [.. Facets.Filters.SelectMany(taxon => Under(taxon))];

    /// <summary>The cells of the co-production matrix the case sits in: its level with each of its phases.</summary>
    public IEnumerable<MatrixCellId> Cells => Phases.Select(phase => new MatrixCellId(Level.Slug, phase.Slug));
}

/// <summary>A cell of the co-production matrix: a level and a phase. <see cref="Id"/> is its anchor on the framework page.</summary>
public readonly record struct MatrixCellId(string Level, string Phase)
{
    public string Id => $"{Level}-{Phase}";

    public override string ToString() => Id;
}
