using System.Collections.Immutable;
using System.Globalization;
using Portfolio.Content;
using CaseSchema = Portfolio.Content.Schema.CaseSchema;


namespace Portfolio.Model;

/// <summary>Stage 4, model: derives the matrix, the tables and the taxonomies from the content.</summary>
public sealed class SiteModeller
{
    public Site Build(ContentSet content)
    {
        var cases = content.Cases;
        return new Site(
            content,
            Matrix(cases, content.Matrices),
            new BeneficiaryTable([.. cases.Select(c => new BeneficiaryRow(c, c.Beneficiaries.Direct, c.Beneficiaries.Indirect))]),
            Terms(cases.SelectMany(c => c.Countries).Distinct().Select(code => new Term(code.ToLowerInvariant(), Content.Schema.Countries.NameOf(code), null)),
                (c, slug) => c.Countries.Any(code => code.Equals(slug, StringComparison.OrdinalIgnoreCase)), cases, byName: true),
            Terms(content.Taxonomies.Themes, (c, slug) => c.Themes.Contains(slug), cases),
            Terms(content.Taxonomies.Techniques, (c, slug) => c.Techniques.Contains(slug), cases),
            content.Guide.ToImmutableDictionary(step => step.Slug, step => cases.Where(c => c.Illustrates.Contains(step.Slug)).ToImmutableArray()),
            [.. content.Settings.FeaturedCases.Select(slug => cases.FirstOrDefault(c => c.Slug == slug)).OfType<CaseFile>()]);
    }

    static NabatchiMatrix Matrix(ImmutableArray<CaseFile> cases, Matrices? matrices)
    {
        var levels = Definitions(CaseSchema.Level.Values, matrices?.Nabatchi.Levels);
        var phases = Definitions(CaseSchema.Phase.Values, matrices?.Nabatchi.Phases);
        var rows = levels.Select(level => new MatrixRow(level, [.. phases.Select(phase => new MatrixCell(level, phase,
            [.. cases.Where(c => c.Coproduction.Level == level.Slug && c.Coproduction.Phases.Contains(phase.Slug))]))]));
        return new NabatchiMatrix(levels, phases, [.. rows]);
    }

    /// <summary>The schema fixes the order and the slugs; the data file, when present, gives names and definitions.</summary>
    static ImmutableArray<Definition> Definitions(ImmutableArray<string> slugs, ImmutableArray<Definition>? defined) =>
        [.. slugs.Select(slug => defined?.FirstOrDefault(d => d.Slug == slug)
            ?? new Definition(slug, CultureInfo.InvariantCulture.TextInfo.ToTitleCase(slug), ""))];

    static ImmutableArray<TaxonomyTerm> Terms(IEnumerable<Term> terms, Func<CaseFile, string, bool> has, ImmutableArray<CaseFile> cases, bool byName = false)
    {
        var built = terms.Select(t => new TaxonomyTerm(t.Slug, t.Name, t.Description, [.. cases.Where(c => has(c, t.Slug))]));
        return byName ? [.. built.OrderBy(t => t.Name, StringComparer.Ordinal)] : [.. built];
    }
}
