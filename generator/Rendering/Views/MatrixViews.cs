using System.Collections.Immutable;

namespace Portfolio.Rendering.Views;

/// <summary>A level or phase of the typology: its anchor on the framework page, name, definition and address.</summary>
public sealed record TypologyTermView(string Anchor, string Name, string Definition, string Url);

/// <summary>The co-production matrix as the framework page and the guide lay it out: levels by phases, cases in the cells.</summary>
public sealed record MatrixView(ImmutableArray<TypologyTermView> Levels, ImmutableArray<TypologyTermView> Phases, ImmutableArray<MatrixRowView> Rows);

/// <summary>One level across the phases; <see cref="Id"/> is the row's anchor (<c>row-group</c>), where browsing by level leads.</summary>
public sealed record MatrixRowView(string Id, TypologyTermView Level, ImmutableArray<MatrixCellView> Cells);

/// <summary>
/// A cell: its anchor (<c>group-co-design</c>), its phase's name (the label it carries when the matrix reads as a
/// list on a narrow screen), links to its first cases and, when it holds more than a cell lists
/// (<see cref="Model.Paging.CasesPerCell"/>), a link to all of them.
/// </summary>
public sealed record MatrixCellView(string Id, string Phase, ImmutableArray<NavLink> Cases, NavLink? More)
{
    public bool IsEmpty => Cases.IsEmpty;
}
