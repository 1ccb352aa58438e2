using System.Collections.Immutable;

namespace Portfolio.Model;

/// <summary>Every case with its direct and indirect beneficiaries, in case order.</summary>
public sealed record BeneficiaryTable(ImmutableArray<BeneficiaryRow> Rows);

/// <summary>One case's beneficiaries.</summary>
public sealed record BeneficiaryRow(CaseFile Case, ImmutableArray<string> Direct, ImmutableArray<string> Indirect);
