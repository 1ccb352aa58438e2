using System.Collections.Immutable;
using Portfolio.Content.Documents;

namespace Portfolio.Rendering.Views;

/// <summary>Everything a case page shows: the at-a-glance panel, the body, data, sources and neighbours.</summary>
public sealed record CasePageView(
    CaseFile Case,
    CaseCard Card,
    HtmlString Body,
    ImmutableArray<NavLink> Outline,
    ImmutableArray<Facet> PhaseCells,
    MatrixGlance Glance,
    ImmutableArray<PartnerGroup> PartnersBySector,
    ImmutableArray<Facet> Techniques,
    ImmutableArray<DataSourceView> DataSources,
    string DataSourcesLabel,
    PartnershipView? Partnership,
    ImmutableArray<NavLink> StepsIllustrated,
    string? Status,
    string? LastReviewed,
    string? LastReviewedIso,
    string? EditUrl,
    NavLink? Previous,
    NavLink? Next) : IPageView;

/// <summary>Partners of one sector.</summary>
public sealed record PartnerGroup(Facet Sector, ImmutableArray<Partner> Partners);

/// <summary>A data source's row in the case's data table; missing facts are shown as "not stated".</summary>
public sealed record DataSourceView(string Name, string? Url, string? Publisher, string? Standard, string? UpdateFrequency);

/// <summary>The public partner's capacity and willingness as labels; null where the case does not rate it.</summary>
public sealed record PartnershipView(string? Capacity, string? Willingness);

/// <summary>
/// A small picture of the Nabatchi matrix with the case's cells marked, shown beside the level and
/// phases. It repeats what the text says, so it is hidden from assistive technology.
/// </summary>
public sealed record MatrixGlance(ImmutableArray<string> PhaseLabels, ImmutableArray<MatrixGlanceRow> Rows);

/// <summary>One level of the small matrix: which of the four phases the case occupies.</summary>
public sealed record MatrixGlanceRow(string Level, ImmutableArray<bool> Cells);
