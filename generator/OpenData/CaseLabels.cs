using System.Collections.Immutable;
using Portfolio.Model;

namespace Portfolio.OpenData;

/// <summary>
/// The values derived from a case's codes and slugs, for readers of the open data who do not have the
/// taxonomies at hand: country, level, phase, theme and technique names, and the cells of the Nabatchi
/// matrix the case sits in (the fragment ids of <c>/framework/</c>, e.g. <c>group-co-delivery</c>).
/// </summary>
public sealed record CaseLabels(
    ImmutableArray<string> CountryNames,
    string LevelName,
    ImmutableArray<string> PhaseNames,
    ImmutableArray<string> MatrixCells,
    ImmutableArray<string> ThemeNames,
    ImmutableArray<string> TechniqueNames)
{
    public static CaseLabels Of(CaseFile c, Site site) => new(
        [.. c.Countries.Select(Content.Schema.Countries.NameOf)],
        NameOf(site.Matrix.Levels, c.Coproduction.Level),
        [.. c.Coproduction.Phases.Select(p => NameOf(site.Matrix.Phases, p))],
        [.. c.Coproduction.Phases.Select(p => site.Matrix.Cell(c.Coproduction.Level, p).Id)],
        [.. c.Themes.Select(t => NameOf(site.Content.Taxonomies.Themes, t))],
        [.. c.Techniques.Select(t => NameOf(site.Content.Taxonomies.Techniques, t))]);

    static string NameOf(ImmutableArray<Definition> definitions, string slug) => definitions.FirstOrDefault(d => d.Slug == slug)?.Name ?? slug;

    static string NameOf(ImmutableArray<Term> terms, string slug) => terms.FirstOrDefault(t => t.Slug == slug)?.Name ?? slug;
}
