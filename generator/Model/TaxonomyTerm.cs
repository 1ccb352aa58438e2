using System.Collections.Immutable;

namespace Portfolio.Model;

/// <summary>A country, theme or technique with the cases filed under it.</summary>
public sealed record TaxonomyTerm(Named Term, string? Description, ImmutableArray<Case> Cases)
{
    public string Slug => Term.Slug;

    public string Name => Term.Name;

    public int Count => Cases.Length;
}
