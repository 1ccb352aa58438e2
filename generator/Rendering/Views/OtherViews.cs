using System.Collections.Immutable;
using Portfolio.Content.Documents;
using Portfolio.Model;

namespace Portfolio.Rendering.Views;

/// <summary>
/// The home page; <see cref="Browse"/> leads into the cases by theme, country and level, and <see cref="Conclusion"/>
/// links the guide's conclusion where a page of that name exists.
/// </summary>
public sealed record HomeView(ImmutableArray<StepLink> Steps, ImmutableArray<CaseCard> Featured, string AllCasesLabel, ImmutableArray<Stat> Stats, ProgrammeView? Programme,
    BrowseView Browse, NavLink? Conclusion = null) : IPageView;

/// <summary>
/// The guide overview, with a link to the guide's conclusion where a page of that name exists, to the worksheet and
/// to the whole guide on one page for printing.
/// </summary>
public sealed record GuideIndexView(ImmutableArray<StepLink> Steps, NavLink? Conclusion = null) : IPageView
{
    public NavLink? Worksheet { get; init; }

    public NavLink? Print { get; init; }
}

/// <summary>
/// A page of the case index: its cards, the ways to browse, and the filters. On a portfolio of one page the filters
/// narrow the cards in place; when the index is split into pages (<see cref="Pager"/>) they lead to the search page,
/// whose index holds every case (<see cref="FilterAction"/>).
/// </summary>
public sealed record CaseIndexView(ImmutableArray<CaseCard> Cards, string CountLabel, ImmutableArray<FacetGroup> Facets, BrowseView Browse, PagerView? Pager) : IPageView
{
    /// <summary>Where the filter form sends its choice: nowhere (the page filters itself) or the search page.</summary>
    public string? FilterAction => Pager is null ? null : Urls.Search;
}

/// <summary>A facet with its values and counts, for filters.</summary>
public sealed record FacetGroup(string Name, string Label, ImmutableArray<FacetCount> Values);

/// <summary>A facet value and how many cases have it.</summary>
public sealed record FacetCount(Facet Value, int Count, string CountLabel);

/// <summary>
/// The framework page, in reading order: what co-production is (the page's introduction), the typology's levels
/// and phases, the Nabatchi matrix, the capacity × willingness matrix and the two kinds of beneficiary.
/// </summary>
public sealed record FrameworkView(
    MatrixView Matrix,
    string? Source,
    string? Description,
    string? LevelsNote,
    CapacityWillingnessView? CapacityWillingness,
    string? DirectDefinition,
    string? IndirectDefinition,
    ImmutableArray<NavLink> Outline,
    string? EditUrl) : IPageView;

/// <summary>A page of the beneficiaries table; <see cref="Pager"/> when the table is split into pages.</summary>
public sealed record BeneficiariesView(ImmutableArray<BeneficiaryRowView> Rows, string? DirectDefinition, string? IndirectDefinition, string CountLabel, PagerView? Pager) : IPageView;

/// <summary>A case's row in the beneficiaries table.</summary>
public sealed record BeneficiaryRowView(CaseCard Case, ImmutableArray<string> Direct, ImmutableArray<string> Indirect);

/// <summary>An index of countries or themes with counts.</summary>
public sealed record TaxonomyIndexView(ImmutableArray<TermView> Terms) : IPageView;

/// <summary>A country or theme as its index lists it.</summary>
public sealed record TermView(TaxonomyTerm Term, string Url, string CountLabel);

/// <summary>
/// A page of a country or theme: the way back (<see cref="Trail"/>), its description or, where it has none, the first
/// sentence of the introduction generated from its cases (<see cref="Lede"/>), on its first page the rest of that
/// introduction (<see cref="Intro"/>), and its cases, split into pages when there are many.
/// </summary>
public sealed record TermPageView(TaxonomyTerm Term, ImmutableArray<NavLink> Trail, string? Lede, TermIntroView? Intro, ImmutableArray<CaseCard> Cases, string CountLabel, PagerView? Pager) : IPageView;

/// <summary>
/// What a country's or theme's cases have in common, in words and counts: a sentence or two, the years they started,
/// the other taxonomy they spread over, their counts by level and by phase, and the guide steps they illustrate.
/// </summary>
public sealed record TermIntroView(
    ImmutableArray<string> Sentences,
    string? Started,
    string RelatedLabel,
    ImmutableArray<CountedLink> Related,
    ImmutableArray<CountedLink> Levels,
    ImmutableArray<CountedLink> Phases,
    ImmutableArray<CountedLink> Steps);

/// <summary>Every case that illustrates a guide step, when there are more than the step itself shows.</summary>
public sealed record StepExamplesView(ImmutableArray<NavLink> Trail, ImmutableArray<CaseCard> Cases, string CountLabel, PagerView? Pager) : IPageView;

/// <summary>A free page.</summary>
public sealed record PageView(Page Page, HtmlString Body, ImmutableArray<NavLink> Outline, string? LastReviewed, string? EditUrl) : IPageView;

/// <summary>The programme figures: the open call, its charts, and the evidence, funders and organisers behind the guide.</summary>
public sealed record ProgrammeView(
    string CallIntro,
    ImmutableArray<ChartView> Charts,
    ImmutableArray<Stat> Evidence,
    ImmutableArray<Organisation> Funders,
    ImmutableArray<Organisation> Organisers);

/// <summary>A chart drawn at build time, with its numbers as table rows for those who cannot see it, and an optional note shown under it.</summary>
public sealed record ChartView(string Id, string Title, HtmlString Svg, string LabelHeader, string ValueHeader, ImmutableArray<Stat> Rows, string? Note = null);

/// <summary>Pages with no data of their own (404, search).</summary>
public sealed record EmptyView(ImmutableArray<NavLink> Sections) : IPageView;

/// <summary>What a rendered page's route holds instead of its view: the page is made, and its view has been let go.</summary>
public sealed record RenderedView : IPageView
{
    public static RenderedView Instance { get; } = new();
}
