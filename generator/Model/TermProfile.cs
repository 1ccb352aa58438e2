using System.Collections.Immutable;
using Portfolio.Content.Documents;

namespace Portfolio.Model;

/// <summary>
/// What the cases of a country or theme have in common, for the introduction of its page: how many sit at each
/// level and in each phase of co-production (every level and phase, zeros included, in the typology's order), the
/// guide steps they illustrate, the years they started, and the other taxonomy they spread over (themes for a
/// country, countries for a theme), most cases first.
/// </summary>
public sealed record TermProfile(
    ImmutableArray<TermCount> Levels,
    ImmutableArray<TermCount> Phases,
    ImmutableArray<StepCount> Steps,
    int? FirstYear,
    int? LastYear,
    ImmutableArray<TermCount> Related)
{
    public static TermProfile Of(ImmutableArray<Case> cases, NabatchiMatrix matrix, ImmutableArray<GuideStep> guide, Taxon related) => new(
        [.. matrix.Levels.Select(level => new TermCount(level.Term, cases.Count(c => c.Level.Slug == level.Slug)))],
        [.. matrix.Phases.Select(phase => new TermCount(phase.Term, cases.Count(c => c.Phases.Any(p => p.Slug == phase.Slug))))],
        [.. guide.Select(step => new StepCount(step, cases.Count(c => c.File.Illustrates.Contains(step.Slug)))).Where(s => s.Count > 0)],
        cases.Select(c => c.File.Year).Min(),
        cases.Select(c => c.File.Year).Max(),
        [.. cases.SelectMany(c => c.Under(related)).GroupBy(n => n.Slug, StringComparer.Ordinal)
            .Select(g => new TermCount(g.First(), g.Count()))
            .OrderByDescending(t => t.Count).ThenBy(t => t.Term.Name, StringComparer.Ordinal)]);
}

/// <summary>A level, phase, country or theme with how many cases of a set it has.</summary>
public sealed record TermCount(Named Term, int Count);

/// <summary>A guide step with how many cases of a set illustrate it.</summary>
public sealed record StepCount(GuideStep Step, int Count);
