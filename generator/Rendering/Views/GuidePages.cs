using System.Collections.Immutable;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Portfolio.Content.Documents;
using Portfolio.Content.Schema;
using Portfolio.Model;

namespace Portfolio.Rendering.Views;

/// <summary>Builds the view of each guide step: its boxes, the examples, the matrices it shows and its neighbours.</summary>
public sealed class GuidePages(Site site, ViewFactory views, BodyRenderer bodies, UiText text, Func<string, string?> editUrl, string? conclusionUrl)
{
    public GuideStepView Build(GuideStep step)
    {
        var index = site.Guide.IndexOf(step);
        var steps = views.Steps(step);
        var last = index == steps.Length - 1;
        var next = steps.IsEmpty ? null : last ? steps[0] : steps[index + 1];
        var boxes = Boxes(step);
        var capacity = step.Matrices.Contains(Vocabularies.CapacityMatrix) ? CapacityWillingness() : null;
        var nabatchi = step.Matrices.Contains(Vocabularies.NabatchiMatrix) ? views.Matrix() : null;
        var onward = OnwardSection(step.Body, last ? conclusionUrl : next?.Url);
        var sections = PageOutline.Of(step.Body);
        var onwardLink = onward is null ? null : sections.LastOrDefault();
        ImmutableArray<NavLink> outline =
        [
            .. onwardLink is null ? sections : sections.RemoveAt(sections.Length - 1),
            .. step.Boxes.Select((b, i) => new NavLink($"#box-{i + 1}", b.Title)),
            .. capacity is null ? [] : new[] { new NavLink("#capacity-title", text["framework.capacity_title"]) },
            .. nabatchi is null ? [] : new[] { new NavLink("#matrix-title", text["framework.matrix_title"]) },
            new NavLink("#examples-title", text["guide.examples"]),
            .. onwardLink is null ? [] : new[] { onwardLink },
        ];
        var examples = site.ExamplesFor(step.Slug);
        return new GuideStepView(step,
            string.Format(views.Culture, text["guide.position"], views.Number(step.Number), views.Number(site.Guide.Length)),
            bodies.Render(step.Body, 0, onward ?? step.Body.Count),
            onward is { } at ? bodies.Render(step.Body, at, step.Body.Count) : null,
            outline, [.. boxes],
            ViewFactory.Cards(examples.Take(Paging.ExamplesPerStep)),
            examples.Length > Paging.ExamplesPerStep ? new NavLink(Urls.StepExamples(step.Slug), views.Count("guide.all_examples", examples.Length)) : null,
            steps, capacity, nabatchi,
            index > 0 ? steps[index - 1] : null,
            next == steps[index] ? null : next,
            last && next is not null && next != steps[index],
            editUrl(step.SourcePath));
    }

    /// <summary>
    /// Where the body's closing section starts, when it is the step's way onward: a last level-2 section of a single
    /// paragraph that links to the next step (or, on the last step, to the guide's conclusion). Null when the body ends
    /// otherwise, e.g. with a checklist whose last point mentions the next step.
    /// </summary>
    static int? OnwardSection(MarkdownDocument body, string? onwardUrl)
    {
        if (onwardUrl is null || body.Count < 2 || body[^2] is not HeadingBlock { Level: 2 } || body[^1] is not ParagraphBlock { Inline: { } text })
        {
            return null;
        }

        return text.Descendants<LinkInline>().Any(link => link.Url == onwardUrl) ? body.Count - 2 : null;
    }

    /// <summary>
    /// A step's question boxes, as its page, the worksheet and the printable guide show them; on a page that shows
    /// several steps, <paramref name="idPrefix"/> keeps their ids apart (<c>step-2-box-1</c>).
    /// </summary>
    public ImmutableArray<BoxView> Boxes(GuideStep step, string idPrefix = "") =>
    [
        .. step.Boxes.Select((b, i) => new BoxView(b, $"{idPrefix}box-{i + 1}",
            b.Figure is { } figure ? Format("guide.figure", views.Number(figure)) : null,
            b.Case is { } slug && site.CaseOf(slug) is { } c ? new NavLink(Urls.Case(c.Slug), c.Title) : null,
            b.Kind == Vocabularies.ChainBox)),
    ];

    /// <summary>The capacity × willingness matrix as two rows (capacity) by two columns (willingness).</summary>
    public CapacityWillingnessView? CapacityWillingness()
    {
        if (site.Content.Matrices?.CapacityWillingness is not { } matrix)
        {
            return null;
        }

        var ratings = Vocabularies.Rating.Choices;
        var columns = ratings.Select(w => views.Labelled(w, "willingness")).ToImmutableArray();
        var rows = ratings.Select(capacity => new CapacityRow(views.Labelled(capacity, "capacity"),
            [.. ratings.Select(w => matrix.Cells.First(c => c.Capacity == capacity && c.Willingness == w))
                .Select(cell => new CapacityCellView(cell, views.Label(cell.Outcome)))]));
        return new CapacityWillingnessView(matrix, [.. rows], columns,
            matrix.Figure is { } figure ? Format("guide.figure", views.Number(figure)) : null);
    }

    /// <summary>The pages listing every example of a step that has more than it shows; none for a step that shows them all.</summary>
    public IEnumerable<(ListPage<CaseCard> Page, StepExamplesView View)> Examples(GuideStep step)
    {
        var examples = site.ExamplesFor(step.Slug);
        if (examples.Length <= Paging.ExamplesPerStep)
        {
            yield break;
        }

        var list = Urls.StepExamples(step.Slug);
        var stepLink = new NavLink(Urls.GuideStep(step.Slug), string.Format(views.Culture, text["guide.step"], views.Number(step.Number)));
        foreach (var page in Paging.Split(ViewFactory.Cards(examples)))
        {
            ImmutableArray<NavLink> trail = [new(Urls.Guide, text["nav.guide"]), stepLink, .. page.IsFirst ? [] : new[] { new NavLink(list, text["guide.examples"]) }];
            yield return (page, new StepExamplesView(trail, page.Items, views.Range(page), PagerView.Of(page, list, views, text)));
        }
    }

    string Format(string key, string value) => string.Format(views.Culture, text[key], value);
}
