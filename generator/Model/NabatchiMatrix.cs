using System.Collections.Immutable;

namespace Portfolio.Model;

/// <summary>
/// The Nabatchi et al. (2017) co-production matrix: three levels by four phases, each cell holding
/// the cases that sit there. Computed from the case files; a case with several phases appears in each.
/// </summary>
public sealed record NabatchiMatrix(ImmutableArray<Definition> Levels, ImmutableArray<Definition> Phases, ImmutableArray<MatrixRow> Rows)
{
    public MatrixCell Cell(string level, string phase) =>
        Rows.Single(r => r.Level.Slug == level).Cells.Single(c => c.Phase.Slug == phase);
}

/// <summary>One level of the matrix across the four phases.</summary>
public sealed record MatrixRow(Definition Level, ImmutableArray<MatrixCell> Cells);

/// <summary>The cases at one level and phase; <see cref="IsEmpty"/> when none.</summary>
public sealed record MatrixCell(Definition Level, Definition Phase, ImmutableArray<CaseFile> Cases)
{
    public bool IsEmpty => Cases.IsEmpty;

    /// <summary>The fragment id of the cell on the framework page, e.g. <c>group-co-design</c>.</summary>
    public string Id => $"{Level.Slug}-{Phase.Slug}";
}
