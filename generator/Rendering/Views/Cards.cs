using System.Collections.Immutable;

namespace Portfolio.Rendering.Views;

/// <summary>A link with its text; <see cref="Current"/> marks the page being shown.</summary>
public sealed record NavLink(string Url, string Label, bool Current = false, string? Extra = null);

/// <summary>A named value with its slug, e.g. a country (<c>ar</c>, Argentina) or a phase, and the page that lists it, if any.</summary>
public sealed record Facet(string Slug, string Name, string? Url = null);

/// <summary>A case as shown in lists and cards, with its facets also as data attributes for filters.</summary>
public sealed record CaseCard(
    string Slug,
    string Url,
    string Title,
    string Summary,
    ImmutableArray<Facet> Countries,
    Facet Level,
    ImmutableArray<Facet> Phases,
    ImmutableArray<Facet> Themes,
    ImmutableArray<Facet> Sectors,
    int? Year)
{
    public string CountryCodes => string.Join(' ', Countries.Select(c => c.Slug));

    public string PhaseSlugs => string.Join(' ', Phases.Select(p => p.Slug));

    public string ThemeSlugs => string.Join(' ', Themes.Select(t => t.Slug));

    public string SectorSlugs => string.Join(' ', Sectors.Select(s => s.Slug));

    public string CountryNames => string.Join(", ", Countries.Select(c => c.Name));

    public string PhaseNames => string.Join(", ", Phases.Select(p => p.Name));

    public string ThemeNames => string.Join(", ", Themes.Select(t => t.Name));
}

/// <summary>
/// A guide step as shown in the step sequence and the sidebar; <see cref="ExamplesLabel"/> says how
/// many cases illustrate it.
/// </summary>
public sealed record StepLink(int Number, string Url, string Title, string? KeyQuestion, string Summary, bool Current, int ExampleCount, string ExamplesLabel);

/// <summary>A number with what it counts, e.g. 7 cases.</summary>
public sealed record Stat(string Number, string Label);
