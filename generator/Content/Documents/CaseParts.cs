using System.Collections.Immutable;
using Portfolio.Content.Schema;

namespace Portfolio.Content.Documents;

/// <summary>A labelled web address.</summary>
public sealed record Link(string Label, string Url);

/// <summary>An organisation that co-produced a case.</summary>
public sealed record Partner(string Name, Choice Sector, string? Role);

/// <summary>A case's place in the Nabatchi typology.</summary>
public sealed record Coproduction(Choice Level, ImmutableArray<Choice> Phases, string? Note);

/// <summary>Who a case's tool serves.</summary>
public sealed record Beneficiaries(ImmutableArray<string> Direct, ImmutableArray<string> Indirect);

/// <summary>A data set a case's tool uses.</summary>
public sealed record DataSource(string Name, string? Publisher, string? Standard, string? UpdateFrequency, string? Url);

/// <summary>A case's answers to the data questions.</summary>
public sealed record CaseData(ImmutableArray<DataSource> Sources, string? Gaps, string? Harms);

/// <summary>The public partner's capacity and willingness, each high or low where a source rates it.</summary>
public sealed record Partnership(Choice? Capacity, Choice? Willingness);
