using System.Collections.Immutable;
using Portfolio.Content;

namespace Portfolio.Model;

/// <summary>
/// The whole site as a model: the validated content plus every view derived from the case files.
/// Built by <see cref="SiteModeller"/>; nothing here is typed by hand.
/// </summary>
public sealed record Site(
    ContentSet Content,
    NabatchiMatrix Matrix,
    BeneficiaryTable Beneficiaries,
    ImmutableArray<TaxonomyTerm> Countries,
    ImmutableArray<TaxonomyTerm> Themes,
    ImmutableArray<TaxonomyTerm> Techniques,
    ImmutableDictionary<string, ImmutableArray<CaseFile>> ExamplesByStep,
    ImmutableArray<CaseFile> FeaturedCases)
{
    public SiteSettings Settings => Content.Settings;

    public ImmutableArray<CaseFile> Cases => Content.Cases;

    public ImmutableArray<GuideStep> Guide => Content.Guide;

    public ImmutableArray<Page> Pages => Content.Pages;

    public ImmutableArray<CaseFile> ExamplesFor(string stepSlug) => ExamplesByStep.GetValueOrDefault(stepSlug, []);
}
