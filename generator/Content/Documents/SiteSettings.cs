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
    ImmutableArray<string> FeaturedCases);

/// <summary>The publication the content is drawn from.</summary>
public sealed record SourceCredit(string Title, ImmutableArray<string> Authors, string Publisher, string? Programme, string? Illustrator, string Year, string Url);
