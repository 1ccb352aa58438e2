using System.Collections.Immutable;
using Portfolio.Content.Schema;
using Portfolio.Model;

namespace Portfolio.Rendering.Views;

/// <summary>
/// Builds the printable guide from the same step records, boxes and matrices as the step pages. Each step's body is
/// nested (<see cref="NestedHtml"/>): its headings sit under the step's, its ids carry the step's prefix. A matrix is
/// printed with the first step that shows it, so its ids stay unique.
/// </summary>
public sealed class GuidePrintPage(Site site, ViewFactory views, BodyRenderer bodies, UiText text, GuidePages guide)
{
    /// <summary>The free pages printed after the steps, by slug, when the site has them.</summary>
    static readonly ImmutableArray<string> Appendix = ["conclusion", "references"];

    public GuidePrintView Build()
    {
        var urls = bodies.Urls;
        var shown = new HashSet<Choice>();
        var steps = site.Guide.Select(step =>
        {
            var anchor = $"step-{step.Number}";
            var capacity = step.Matrices.Contains(Vocabularies.CapacityMatrix) && shown.Add(Vocabularies.CapacityMatrix) ? guide.CapacityWillingness() : null;
            var nabatchi = step.Matrices.Contains(Vocabularies.NabatchiMatrix) && shown.Add(Vocabularies.NabatchiMatrix) ? views.Matrix() : null;
            return new PrintedStep(anchor,
                string.Format(views.Culture, text["guide.position"], views.Number(step.Number), views.Number(site.Guide.Length)),
                step, urls.Absolute(Urls.GuideStep(step.Slug)),
                NestedHtml.Nest(bodies.Render(step.Body), anchor + "-", 1, urls.Origin),
                guide.Boxes(step, anchor + "-"), capacity, nabatchi, Untranslated(step.Language));
        }).ToImmutableArray();
        var after = Appendix.Select(slug => site.Pages.FirstOrDefault(p => p.Slug == slug)).OfType<Content.Documents.Page>()
            .Select(p => new PrintedPage(p.Slug, p.Title, urls.Absolute(Urls.Page(p.Slug)), NestedHtml.Nest(bodies.Render(p.Body), p.Slug + "-", 1, urls.Origin), Untranslated(p.Language)))
            .ToImmutableArray();
        ImmutableArray<NavLink> contents =
        [
            .. steps.Select(s => new NavLink("#" + s.Anchor, s.Step.Title, Extra: views.Number(s.Step.Number))),
            .. after.Select(p => new NavLink("#" + p.Anchor, p.Title)),
        ];
        return new GuidePrintView(contents, steps, after, urls.Absolute(Urls.Guide));
    }

    /// <summary>The original's language, for a document this edition shows untranslated; as the step pages mark it.</summary>
    string? Untranslated(string? documentLanguage) => documentLanguage is null ? site.Content.ForeignOriginalLanguage : null;
}
