using System.Collections.Immutable;

namespace Portfolio.Model;

/// <summary>
/// The Nabatchi et al. (2017) co-production matrix: three levels by four phases, each cell holding the cases
/// that sit there. Computed from the case files; a case with several phases appears in each.
/// </summary>
public sealed record NabatchiMatrix(ImmutableArray<TypologyTerm> Levels, ImmutableArray<TypologyTerm> Phases, ImmutableArray<MatrixRow> Rows);

/// <summary>A level or phase of the typology with what it means (empty when the content gives no definition).</summary>
public sealed record TypologyTerm(Named Term, string Definition)
{
    public string Slug => Term.Slug;

    public string Name => Term.Name;
}

/// <summary>One level of the matrix across the four phases.</summary>
public sealed record MatrixRow(TypologyTerm Level, ImmutableArray<MatrixCell> Cells);

/// <summary>The cases at one level and phase; <see cref="IsEmpty"/> when none.</summary>
public sealed record MatrixCell(TypologyTerm Level, TypologyTerm Phase, ImmutableArray<Case> Cases)
{
    public bool IsEmpty => Cases.IsEmpty;

    public MatrixCellId Position => new(Level.Slug, Phase.Slug);
}
