using System.Collections.Immutable;

namespace Portfolio.Rendering.Views;

/// <summary>A level or phase of the typology: its anchor on the framework page, name, definition and address.</summary>
public sealed record TypologyTermView(string Anchor, string Name, string Definition, string Url);

/// <summary>The co-production matrix as the framework page and the guide lay it out: levels by phases, cases in the cells.</summary>
public sealed record MatrixView(ImmutableArray<TypologyTermView> Levels, ImmutableArray<TypologyTermView> Phases, ImmutableArray<MatrixRowView> Rows);

/// <summary>One level across the phases.</summary>
public sealed record MatrixRowView(TypologyTermView Level, ImmutableArray<MatrixCellView> Cells);

/// <summary>A cell: its anchor (<c>group-co-design</c>) and links to its cases.</summary>
public sealed record MatrixCellView(string Id, ImmutableArray<NavLink> Cases)
{
    public bool IsEmpty => Cases.IsEmpty;
}
