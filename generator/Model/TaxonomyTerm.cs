using System.Collections.Immutable;

namespace Portfolio.Model;

/// <summary>A country, theme or technique with the cases that carry it.</summary>
public sealed record TaxonomyTerm(string Slug, string Name, string? Description, ImmutableArray<CaseFile> Cases)
{
    public int Count => Cases.Length;
}
