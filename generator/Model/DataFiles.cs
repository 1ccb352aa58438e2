using System.Collections.Immutable;

namespace Portfolio.Model;

/// <summary>A term of a controlled vocabulary: a theme or a technique.</summary>
public sealed record Term(string Slug, string Name, string? Description);

/// <summary><c>content/data/taxonomies.yml</c>.</summary>
public sealed record Taxonomies(ImmutableArray<Term> Themes, ImmutableArray<Term> Techniques);

/// <summary><c>content/data/programme.yml</c>: the open call and the evidence behind the guide.</summary>
public sealed record Programme(OpenCall Call, ImmutableArray<Count> Evidence, ImmutableArray<Organisation> Funders, ImmutableArray<Organisation> Organisers);

/// <summary>The programme's open call; the notes are shown under its charts (for instance where the source's figures disagree).</summary>
public sealed record OpenCall(
    int Year,
    string? Season,
    int Proposals,
    int Selected,
    ImmutableArray<SectorShare> BySector,
    ImmutableArray<TopicCount> ByTopic,
    string? BySectorNote = null,
    string? ByTopicNote = null);

/// <summary>Share of proposals from one applicant sector.</summary>
public sealed record SectorShare(string Sector, string Label, int Percent);

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
public sealed record CapacityCell(string Capacity, string Willingness, string Outcome, string Description);

/// <summary>The Nabatchi et al. (2017) typology: levels and phases with their definitions.</summary>
public sealed record NabatchiTypology(string Source, string Description, ImmutableArray<Definition> Levels, ImmutableArray<Definition> Phases, string? LevelsNote = null);

/// <summary>A defined term.</summary>
public sealed record Definition(string Slug, string Name, string Text);
