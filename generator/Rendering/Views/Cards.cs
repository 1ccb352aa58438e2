using System.Collections.Immutable;

namespace Portfolio.Rendering.Views;

/// <summary>A link with its text; <see cref="Current"/> marks the page being shown.</summary>
public sealed record NavLink(string Url, string Label, bool Current = false, string? Extra = null);

/// <summary>A named value with its slug, e.g. a country (<c>ar</c>, Argentina) or a phase.</summary>
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
}

/// <summary>A guide step as shown in the step sequence and the sidebar.</summary>
public sealed record StepLink(int Number, string Url, string Title, string KeyQuestion, string Summary, bool Current);
