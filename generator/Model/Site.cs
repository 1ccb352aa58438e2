using System.Collections.Immutable;
using Portfolio.Content;
using Portfolio.Content.Documents;

namespace Portfolio.Model;

/// <summary>
/// The whole site as a model: the validated content, every case resolved (<see cref="Case"/>), and every view
/// derived from the case files. Built by <see cref="SiteModeller"/>; nothing here is typed by hand.
/// </summary>
public sealed record Site(
    ContentSet Content,
    ImmutableArray<Case> Cases,
    NabatchiMatrix Matrix,
    ImmutableArray<TaxonomyTerm> Countries,
    ImmutableArray<TaxonomyTerm> Themes,
    ImmutableArray<TaxonomyTerm> Techniques,
    ImmutableDictionary<string, ImmutableArray<Case>> ExamplesByStep,
    ImmutableArray<Case> FeaturedCases)
{
    public SiteSettings Settings => Content.Settings;

    public ImmutableArray<GuideStep> Guide => Content.Guide;

    public ImmutableArray<Page> Pages => Content.Pages;

    public ImmutableArray<Case> ExamplesFor(string stepSlug) => ExamplesByStep.GetValueOrDefault(stepSlug, []);

    /// <summary>The case of a slug, which validation has checked exists, or null when it is a draft left out.</summary>
    public Case? CaseOf(string slug) => Cases.FirstOrDefault(c => c.Slug == slug);
}
