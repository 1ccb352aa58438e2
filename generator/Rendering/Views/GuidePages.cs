using System.Collections.Immutable;
using Portfolio.Content.Documents;
using Portfolio.Content.Schema;
using Portfolio.Model;

namespace Portfolio.Rendering.Views;

/// <summary>Builds the view of each guide step: its boxes, the examples, the matrices it shows and its neighbours.</summary>
public sealed class GuidePages(Site site, ViewFactory views, BodyRenderer bodies, UiText text, Func<string, string?> editUrl)
{
    public GuideStepView Build(GuideStep step)
    {
        var index = site.Guide.IndexOf(step);
        var steps = views.Steps(step);
        var boxes = Boxes(step);
        var capacity = step.Matrices.Contains(Vocabularies.CapacityMatrix) ? CapacityWillingness() : null;
        var nabatchi = step.Matrices.Contains(Vocabularies.NabatchiMatrix) ? views.Matrix() : null;
        ImmutableArray<NavLink> outline =
        [
            .. PageOutline.Of(step.Body),
            .. step.Boxes.Select((b, i) => new NavLink($"#box-{i + 1}", b.Title)),
            .. capacity is null ? [] : new[] { new NavLink("#capacity-title", text["framework.capacity_title"]) },
            .. nabatchi is null ? [] : new[] { new NavLink("#matrix-title", text["framework.matrix_title"]) },
            new NavLink("#examples-title", text["guide.examples"]),
        ];
        return new GuideStepView(step,
            string.Format(views.Culture, text["guide.position"], views.Number(step.Number), views.Number(site.Guide.Length)),
            bodies.Render(step.Body), outline, [.. boxes], ViewFactory.Cards(site.ExamplesFor(step.Slug)), steps, capacity, nabatchi,
            index > 0 ? steps[index - 1] : null,
            index < steps.Length - 1 ? steps[index + 1] : null,
            editUrl(step.SourcePath));
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

    string Format(string key, string value) => string.Format(views.Culture, text[key], value);
}
