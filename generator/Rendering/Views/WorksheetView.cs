using System.Collections.Immutable;
using Portfolio.Content.Documents;

namespace Portfolio.Rendering.Views;

/// <summary>
/// The worksheet: the guide's steps in order, each with its question boxes (the same <see cref="BoxView"/>s its page
/// shows) and the case fields it gathers (<see cref="WorksheetStep.Part"/>), then the project's facts and the exports.
/// </summary>
public sealed record WorksheetView(
    ImmutableArray<WorksheetStep> Steps,
    ImmutableArray<NavLink> Outline,
    WorksheetChoices Choices,
    MatrixView Matrix,
    WorksheetExport Export) : IPageView;

/// <summary>
/// A step on the worksheet. <see cref="Part"/> names the fields it gathers (<c>partners</c>: partners, capacity and
/// willingness), which the layout lays out; null for a step beyond the eight the case schema follows.
/// </summary>
public sealed record WorksheetStep(string Anchor, string Position, GuideStep Step, string Url, ImmutableArray<BoxView> Boxes, string? Part);

/// <summary>The values a reader picks from, labelled in the edition's language: the schema's vocabularies and the site's taxonomies.</summary>
public sealed record WorksheetChoices(
    ImmutableArray<Facet> Countries,
    ImmutableArray<Facet> Themes,
    ImmutableArray<Facet> Techniques,
    ImmutableArray<Facet> Sectors,
    ImmutableArray<Facet> Statuses,
    ImmutableArray<Facet> Capacity,
    ImmutableArray<Facet> Willingness,
    int SummaryMaxLength,
    int SlugMaxLength);

/// <summary>
/// Where the exports go: the JSON Schema the answers are checked against, the folder of case files, and GitHub's
/// new-file page for that folder (null when the site names no repository).
/// </summary>
public sealed record WorksheetExport(string SchemaUrl, string CasesFolder, string? NewFileUrl, int MaxUrlLength);
