using System.Collections.Immutable;

namespace Portfolio.Search;

/// <summary>
/// A page as the search index sees it: what the reader is shown in <c>main</c>, split into the fields
/// that weigh differently (title, summary, the sections under each heading) and the facet values it
/// can be filtered by. <see cref="Url"/> is a link ready for the site (base path included).
/// </summary>
public sealed record SearchDocument(
    string Url,
    string Language,
    string Type,
    string Title,
    string Summary,
    ImmutableArray<DocumentSection> Sections,
    ImmutableArray<FacetValue> Facets);

/// <summary>The text under one heading; the text before the first heading has no heading or anchor.</summary>
public sealed record DocumentSection(string Anchor, string Heading, string Text);

/// <summary>A value a document can be filtered by: group <c>country</c>, slug <c>ar</c>, name Argentina.</summary>
public sealed record FacetValue(string Group, string Slug, string Name);
