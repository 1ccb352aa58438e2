using System.Collections.Immutable;
using Portfolio.Content.Documents;

namespace Portfolio.Rendering.Views;

/// <summary>A guide step page: its text, question boxes, the cases that illustrate it and where it sits.</summary>
public sealed record GuideStepView(
    GuideStep Step,
    string Position,
    HtmlString Body,
    ImmutableArray<NavLink> Outline,
    ImmutableArray<BoxView> Boxes,
    ImmutableArray<CaseCard> Examples,
    ImmutableArray<StepLink> Steps,
    CapacityWillingnessView? CapacityWillingness,
    MatrixView? Nabatchi,
    StepLink? Previous,
    StepLink? Next,
    string? EditUrl) : IPageView;

/// <summary>A question box; <see cref="Case"/> links the case it draws on.</summary>
public sealed record BoxView(GuideBox Box, string Id, string? FigureLabel, NavLink? Case, bool IsOrdered);

/// <summary>The capacity × willingness matrix laid out as two rows of two cells.</summary>
public sealed record CapacityWillingnessView(CapacityWillingness Matrix, ImmutableArray<CapacityRow> Rows, ImmutableArray<Facet> Columns, string? FigureLabel);

/// <summary>One capacity row of the matrix.</summary>
public sealed record CapacityRow(Facet Capacity, ImmutableArray<CapacityCellView> Cells);

/// <summary>One cell, with the outcome's label.</summary>
public sealed record CapacityCellView(CapacityCell Cell, string OutcomeLabel);
