using System.Collections.Immutable;
using Portfolio.Content.Schema;

namespace Portfolio.Content.Documents;

/// <summary>A term of a controlled vocabulary: a theme or a technique.</summary>
public sealed record Term(string Slug, string Name, string? Description);

/// <summary><c>content/data/taxonomies.yml</c>.</summary>
public sealed record Taxonomies(ImmutableArray<Term> Themes, ImmutableArray<Term> Techniques);

/// <summary><c>content/data/programme.yml</c>: the open call and the evidence behind the guide.</summary>
public sealed record Programme(OpenCall Call, ImmutableArray<Count> Evidence, ImmutableArray<Organisation> Funders, ImmutableArray<Organisation> Organisers);

/// <summary>The programme's open call; the notes say where the source's figures do not add up.</summary>
public sealed record OpenCall(int Year, string? Season, int Proposals, int Selected, ImmutableArray<SectorShare> BySector, ImmutableArray<TopicCount> ByTopic,
    string? BySectorNote = null, string? ByTopicNote = null);

/// <summary>Share of proposals from one applicant sector.</summary>
public sealed record SectorShare(Choice Sector, string Label, int Percent);

/// <summary>Number of proposals on one topic.</summary>
public sealed record TopicCount(string Slug, string Label, int Proposals);

/// <summary>A labelled count.</summary>
public sealed record Count(string Label, int Value);

/// <summary>A named organisation with a site.</summary>
public sealed record Organisation(string Name, string Url);

/// <summary><c>content/data/matrices.yml</c>.</summary>
public sealed record Matrices(CapacityWillingness CapacityWillingness, NabatchiTypology Nabatchi, string DirectBeneficiaries, string IndirectBeneficiaries);

/// <summary>The capacity × willingness matrix (Scrollini 2018).</summary>
public sealed record CapacityWillingness(int? Figure, string Source, string Description, ImmutableArray<CapacityCell> Cells, string? Note = null);

/// <summary>One cell of the capacity × willingness matrix.</summary>
public sealed record CapacityCell(Choice Capacity, Choice Willingness, Choice Outcome, string Description);

/// <summary>The Nabatchi et al. (2017) typology: what its levels and phases mean.</summary>
public sealed record NabatchiTypology(string Source, string Description, ImmutableArray<Definition> Levels, ImmutableArray<Definition> Phases, string? LevelsNote = null);

/// <summary>What a level or phase of the typology means.</summary>
public sealed record Definition(Choice Term, string Text);
