using System.Collections.Immutable;
using Portfolio.Content.Documents;

namespace Portfolio.Rendering.Views;

/// <summary>
/// A guide step page: its text, question boxes, the cases that illustrate it and where it sits. The body's closing
/// section that leads on (<see cref="Onward"/>) is shown at the end, after the examples, beside the link to the next
/// step; the last step's next is the first, for the guide is a cycle (<see cref="StartsNewRound"/>). A step with
/// more examples than it shows links to all of them (<see cref="AllExamples"/>).
/// </summary>
public sealed record GuideStepView(
    GuideStep Step,
    string Position,
    HtmlString Body,
    HtmlString? Onward,
    ImmutableArray<NavLink> Outline,
    ImmutableArray<BoxView> Boxes,
    ImmutableArray<CaseCard> Examples,
    NavLink? AllExamples,
    ImmutableArray<StepLink> Steps,
    CapacityWillingnessView? CapacityWillingness,
    MatrixView? Nabatchi,
    StepLink? Previous,
    StepLink? Next,
    bool StartsNewRound,
    string? EditUrl) : IPageView;

/// <summary>A question box; <see cref="Case"/> links the case it draws on.</summary>
public sealed record BoxView(GuideBox Box, string Id, string? FigureLabel, NavLink? Case, bool IsOrdered);

/// <summary>The capacity × willingness matrix laid out as two rows of two cells.</summary>
public sealed record CapacityWillingnessView(CapacityWillingness Matrix, ImmutableArray<CapacityRow> Rows, ImmutableArray<Facet> Columns, string? FigureLabel);

/// <summary>One capacity row of the matrix.</summary>
public sealed record CapacityRow(Facet Capacity, ImmutableArray<CapacityCellView> Cells);

/// <summary>One cell, with the outcome's label.</summary>
public sealed record CapacityCellView(CapacityCell Cell, string OutcomeLabel);
