using System.Collections.Immutable;
using Portfolio.Content.Documents;

namespace Portfolio.Content;

/// <summary>The validated, typed content of a site: the result of the validate stage.</summary>
public sealed record ContentSet(
    SiteSettings Settings,
    Taxonomies Taxonomies,
    Programme? Programme,
    Matrices? Matrices,
    ImmutableArray<CaseFile> Cases,
    ImmutableArray<GuideStep> Guide,
    ImmutableArray<Page> Pages);
