using System.Collections.Immutable;

namespace Portfolio.Content.Documents;

/// <summary>The site's settings from <c>content/data/site.yml</c>.</summary>
public sealed record SiteSettings(
    string Title,
    string Tagline,
    string Description,
    string BaseUrl,
    string? RepositoryUrl,
    string DefaultBranch,
    string Language,
    Link Licence,
    SourceCredit Source,
    ImmutableArray<string> FeaturedCases)
{
    /// <summary>The other languages the site is published in, from <c>translations:</c>; each is an edition under <c>/&lt;language&gt;/</c>.</summary>
    public ImmutableArray<string> Translations { get; init; } = [];

    /// <summary>Every edition's language, the site's own first.</summary>
    public ImmutableArray<string> Languages => [Language, .. Translations.Where(t => t != Language)];
}

/// <summary>The publication the content is drawn from.</summary>
public sealed record SourceCredit(string Title, ImmutableArray<string> Authors, string Publisher, string? Programme, string? Illustrator, string Year, string Url);
