using System.Collections.Immutable;

namespace Portfolio.Search;

/// <summary>
/// The facet values of an index with the documents that carry each, as bit sets over document ids.
/// Groups come in <see cref="FacetGroups.Ordered"/> order; types in <see cref="DocumentTypes.Ordered"/>
/// order and other values by name, as on the case index. Groups no document uses are left out.
/// </summary>
public sealed record FacetTable(ImmutableArray<FacetColumn> Groups)
{
    public static FacetTable Build(IReadOnlyList<SearchDocument> documents)
    {
        var groups = ImmutableArray.CreateBuilder<FacetColumn>();
        foreach (var group in FacetGroups.Ordered)
        {
            var values = documents.SelectMany((d, id) => d.Facets.Where(f => f.Group == group).Select(f => (Facet: f, Id: id)))
                .GroupBy(x => x.Facet.Slug, StringComparer.Ordinal)
                .Select(g => new FacetBits(g.First().Facet.Slug, g.First().Facet.Name, Bits(documents.Count, g.Select(x => x.Id))));
            var ordered = group == FacetGroups.Type
                ? values.OrderBy(v => DocumentTypes.Rank(v.Slug))
                : values.OrderBy(v => v.Name, StringComparer.Ordinal).ThenBy(v => v.Slug, StringComparer.Ordinal);
            var list = ordered.ToImmutableArray();
            if (list.Length > 0)
            {
                groups.Add(new FacetColumn(group, list));
            }
        }

        return new FacetTable(groups.ToImmutable());
    }

    /// <summary>Bit <c>id</c> is set when document <c>id</c> has the value: byte <c>id / 8</c>, bit <c>id % 8</c>.</summary>
    static ImmutableArray<byte> Bits(int count, IEnumerable<int> ids)
    {
        var bytes = new byte[(count + 7) / 8];
        foreach (var id in ids)
        {
            bytes[id >> 3] |= (byte)(1 << (id & 7));
        }

        return [.. bytes];
    }
}

/// <summary>One facet group and its values.</summary>
public sealed record FacetColumn(string Group, ImmutableArray<FacetBits> Values);

/// <summary>A facet value and the documents that carry it.</summary>
public sealed record FacetBits(string Slug, string Name, ImmutableArray<byte> Documents);
