using System.Collections.Immutable;
using Portfolio.Model;

namespace Portfolio.Rendering.Views;

/// <summary>Everything a case page shows: the at-a-glance panel, the body, sources and neighbours.</summary>
public sealed record CasePageView(
    CaseFile Case,
    CaseCard Card,
    HtmlString Body,
    ImmutableArray<PartnerGroup> PartnersBySector,
    ImmutableArray<Facet> Techniques,
    ImmutableArray<NavLink> StepsIllustrated,
    string? Status,
    string? LastReviewed,
    string MatrixCellUrl,
    string? EditUrl,
    NavLink? Previous,
    NavLink? Next);

/// <summary>Partners of one sector.</summary>
public sealed record PartnerGroup(Facet Sector, ImmutableArray<Partner> Partners);
