using System.Collections.Immutable;
using Portfolio.Model;

namespace Portfolio.Rendering.Views;

/// <summary>The home page.</summary>
public sealed record HomeView(ImmutableArray<StepLink> Steps, ImmutableArray<CaseCard> Featured, ProgrammeView? Programme, int CaseCount, int CountryCount);

/// <summary>The guide overview.</summary>
public sealed record GuideIndexView(ImmutableArray<StepLink> Steps);

/// <summary>The case index with its facets.</summary>
public sealed record CaseIndexView(ImmutableArray<CaseCard> Cards, ImmutableArray<FacetGroup> Facets);

/// <summary>A facet with its values and counts, for filters.</summary>
public sealed record FacetGroup(string Name, string Label, ImmutableArray<FacetCount> Values);

/// <summary>A facet value and how many cases have it.</summary>
public sealed record FacetCount(Facet Value, int Count);

/// <summary>The framework page: the Nabatchi matrix and the capacity × willingness matrix.</summary>
public sealed record FrameworkView(NabatchiMatrix Matrix, string? Source, string? Description, CapacityWillingnessView? CapacityWillingness, int CaseCount);

/// <summary>The beneficiaries table page.</summary>
public sealed record BeneficiariesView(ImmutableArray<BeneficiaryRowView> Rows, string? DirectDefinition, string? IndirectDefinition);

/// <summary>A case's row in the beneficiaries table.</summary>
public sealed record BeneficiaryRowView(CaseCard Case, ImmutableArray<string> Direct, ImmutableArray<string> Indirect);

/// <summary>An index of countries or themes with counts.</summary>
public sealed record TaxonomyIndexView(string Kind, ImmutableArray<TermView> Terms);

/// <summary>A country or theme with its cases.</summary>
public sealed record TermView(TaxonomyTerm Term, string Url, ImmutableArray<CaseCard> Cases);

/// <summary>A free page.</summary>
public sealed record PageView(Page Page, HtmlString Body, string? LastReviewed, string? EditUrl);

/// <summary>The programme figures: the open call by sector and by topic, with their charts.</summary>
public sealed record ProgrammeView(Programme Programme, HtmlString SectorChart, HtmlString TopicChart, int TopicTotal);

/// <summary>Pages with no data of their own (404, search).</summary>
public sealed record EmptyView(ImmutableArray<NavLink> Sections);
