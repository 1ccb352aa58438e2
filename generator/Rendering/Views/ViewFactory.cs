using System.Collections.Immutable;
using System.Globalization;
using Portfolio.Model;

namespace Portfolio.Rendering.Views;

/// <summary>Turns model records into the small view records templates lay out. Labels come from the UI text.</summary>
public sealed class ViewFactory(Site site, Func<string, string> text, CultureInfo culture)
{
    public CultureInfo Culture => culture;

    public CaseCard Card(CaseFile c) => new(
        c.Slug, Urls.Case(c.Slug), c.Title, c.Summary,
        [.. c.Countries.Select(Country)],
        Level(c.Coproduction.Level),
        [.. c.Coproduction.Phases.Select(Phase)],
        [.. c.Themes.Select(Theme)],
        [.. c.Partners.Select(p => p.Sector).Distinct().Order(StringComparer.Ordinal).Select(Sector)],
        c.Year);

    public ImmutableArray<CaseCard> Cards(IEnumerable<CaseFile> cases) => [.. cases.Select(Card)];

    public Facet Country(string code) => new(code.ToLowerInvariant(), Content.Schema.Countries.NameOf(code), Urls.Country(code));

    public Facet Theme(string slug) => new(slug, site.Content.Taxonomies.Themes.FirstOrDefault(t => t.Slug == slug)?.Name ?? slug, Urls.Theme(slug));

    public Facet Technique(string slug) => new(slug, site.Content.Taxonomies.Techniques.FirstOrDefault(t => t.Slug == slug)?.Name ?? slug);

    public Facet Level(string slug) => new(slug, site.Matrix.Levels.First(l => l.Slug == slug).Name, "/framework/#level-" + slug);

    public Facet Phase(string slug) => new(slug, site.Matrix.Phases.First(p => p.Slug == slug).Name, "/framework/#phase-" + slug);

    public Facet Sector(string slug) => new(slug, text("sector." + slug));

    public ImmutableArray<StepLink> Steps(GuideStep? current) =>
    [
        .. site.Guide.Select(s =>
        {
            var examples = site.ExamplesFor(s.Slug).Length;
            return new StepLink(s.Number, Urls.GuideStep(s.Slug), s.Title, s.KeyQuestion, s.Summary, s == current, examples, Count("guide.examples_count", examples));
        }),
    ];

    /// <summary>A counted phrase in the right grammatical number: <c>cases.count_one</c> "{0} case" or <c>cases.count_other</c> "{0} cases".</summary>
    public string Count(string key, int count) =>
        string.Format(culture, text(key + (count == 1 ? "_one" : "_other")), Number(count));

    public string? Date(DateOnly? date) => date?.ToString("d MMMM yyyy", culture);

    public string Number(int value) => value.ToString("N0", culture);
}
