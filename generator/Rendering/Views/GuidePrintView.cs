using System.Collections.Immutable;
using Portfolio.Content.Documents;

namespace Portfolio.Rendering.Views;

/// <summary>
/// The whole guide on one page, to print or save as PDF: a table of contents, every step with its question boxes
/// and matrices, then the conclusion and the references.
/// </summary>
public sealed record GuidePrintView(
    ImmutableArray<NavLink> Contents,
    ImmutableArray<PrintedStep> Steps,
    ImmutableArray<PrintedPage> After,
    string GuideUrl) : IPageView;

/// <summary>A step as the printable guide shows it; its ids carry the prefix <see cref="Anchor"/>; <see cref="Language"/>
/// is the original's language when this edition has no translation of it.</summary>
public sealed record PrintedStep(
    string Anchor,
    string Position,
    GuideStep Step,
    string Address,
    HtmlString Body,
    ImmutableArray<BoxView> Boxes,
    CapacityWillingnessView? CapacityWillingness,
    MatrixView? Nabatchi,
    string? Language);

/// <summary>A free page printed after the steps (the conclusion, the references).</summary>
public sealed record PrintedPage(string Anchor, string Title, string Address, HtmlString Body, string? Language);
