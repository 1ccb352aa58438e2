using System.Collections.Frozen;
using System.Collections.Immutable;
using Portfolio.Content;
using Portfolio.Content.Documents;
using Portfolio.Content.Schema;

namespace Portfolio.Model;

/// <summary>
/// Stage 4, model: resolves what every case is filed under to names, once, and derives the matrix, the
/// taxonomies and the examples of each guide step from the case files. Names of closed vocabularies (levels,
/// phases, sectors, statuses) come from <paramref name="label"/>, the theme's words in the site's language;
/// country names from <see cref="Countries"/>; theme and technique names from <c>taxonomies.yml</c>.
/// </summary>
public sealed class SiteModeller(Func<Choice, string> label)
{
    public Site Build(ContentSet content)
    {
        var themes = content.Taxonomies.Themes.ToFrozenDictionary(t => t.Slug, StringComparer.Ordinal);
        var techniques = content.Taxonomies.Techniques.ToFrozenDictionary(t => t.Slug, StringComparer.Ordinal);
        var language = content.Settings.Language;
        var cases = content.Cases.Select(c => Resolve(c, themes, techniques, language)).ToImmutableArray();
        var bySlug = cases.ToFrozenDictionary(c => c.Slug, StringComparer.Ordinal);
        return new Site(
            content,
            cases,
            Matrix(cases, content.Matrices),
            Terms(cases.SelectMany(c => c.Countries).DistinctBy(n => n.Slug).OrderBy(n => n.Name, StringComparer.Ordinal), c => c.Countries, cases, _ => null),
            Terms(content.Taxonomies.Themes.Select(Theme), c => c.Themes, cases, slug => themes[slug].Description),
            Terms(content.Taxonomies.Techniques.Select(Technique), c => c.Techniques, cases, slug => techniques[slug].Description),
            content.Guide.ToImmutableDictionary(step => step.Slug, step => cases.Where(c => c.File.Illustrates.Contains(step.Slug)).ToImmutableArray()),
            [.. content.Settings.FeaturedCases.Select(slug => bySlug.GetValueOrDefault(slug)).OfType<Case>()]);
    }

    Case Resolve(CaseFile file, FrozenDictionary<string, Term> themes, FrozenDictionary<string, Term> techniques, string language) => new(
        file,
        [.. file.Countries.Select(code => Country(code, language))],
        Choice(Taxon.Level, file.Coproduction.Level),
        [.. file.Coproduction.Phases.Select(p => Choice(Taxon.Phase, p))],
        [.. file.Themes.Select(slug => Theme(themes[slug]))],
        [.. file.Techniques.Select(slug => Technique(techniques[slug]))],
        [.. file.Partners.Select(p => p.Sector).Distinct().OrderBy(s => s.Slug, StringComparer.Ordinal).Select(s => Choice(Taxon.Sector, s))],
        file.Status is { } status ? label(status) : null);

    static Named Country(string code, string language) => new(Taxon.Country, code.ToLowerInvariant(), Content.Schema.Countries.NameOf(code, language));

    static Named Theme(Term term) => new(Taxon.Theme, term.Slug, term.Name);

    static Named Technique(Term term) => new(Taxon.Technique, term.Slug, term.Name);

    Named Choice(Taxon taxon, Choice choice) => new(taxon, choice.Slug, label(choice));

    NabatchiMatrix Matrix(ImmutableArray<Case> cases, Matrices? matrices)
    {
        var levels = Typology(Taxon.Level, Vocabularies.Level, matrices?.Nabatchi.Levels);
        var phases = Typology(Taxon.Phase, Vocabularies.Phase, matrices?.Nabatchi.Phases);
        var rows = levels.Select(level => new MatrixRow(level, [.. phases.Select(phase => new MatrixCell(level, phase,
            [.. cases.Where(c => c.Level.Slug == level.Slug && c.Phases.Any(p => p.Slug == phase.Slug))]))]));
        return new NabatchiMatrix(levels, phases, [.. rows]);
    }

    /// <summary>The vocabulary fixes the order; the data file, when present, says what each term means.</summary>
    ImmutableArray<TypologyTerm> Typology(Taxon taxon, EnumType vocabulary, ImmutableArray<Definition>? defined) =>
        [.. vocabulary.Choices.Select(choice => new TypologyTerm(Choice(taxon, choice), defined?.FirstOrDefault(d => d.Term == choice)?.Text ?? ""))];

    static ImmutableArray<TaxonomyTerm> Terms(IEnumerable<Named> terms, Func<Case, ImmutableArray<Named>> of, ImmutableArray<Case> cases, Func<string, string?> description) =>
        [.. terms.Select(t => new TaxonomyTerm(t, description(t.Slug), [.. cases.Where(c => of(c).Any(n => n.Slug == t.Slug))]))];
}
