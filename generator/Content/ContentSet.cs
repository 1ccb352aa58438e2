using System.Collections.Immutable;
using Portfolio.Content.Documents;

namespace Portfolio.Content;

/// <summary>The validated, typed content of a site: the result of the validate stage.</summary>
public sealed record ContentSet(
    SiteSettings Settings,
    Taxonomies Taxonomies,
    Programme? Programme,
    Matrices? Matrices,
    ImmutableArray<CaseFile> Cases,
    ImmutableArray<GuideStep> Guide,
    ImmutableArray<Page> Pages)
{
    /// <summary>The language the originals are written in; an edition's <see cref="Settings"/> carry the edition's language.</summary>
    public string OriginalLanguage { get; init; } = "";

    /// <summary>
    /// The originals' language in an edition written in another one (a document the edition has no translation
    /// of is shown in it, marked with it); null in the originals' own edition.
    /// </summary>
    public string? ForeignOriginalLanguage => OriginalLanguage.Length > 0 && OriginalLanguage != Settings.Language ? OriginalLanguage : null;

    /// <summary>The site in each other language it is published in (<c>translations:</c>), empty for an edition itself.</summary>
    public ImmutableArray<ContentSet> Editions { get; init; } = [];

    /// <summary>How much of each edition is translated.</summary>
    public ImmutableArray<TranslationCoverage> Coverage { get; init; } = [];
}
