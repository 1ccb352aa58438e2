using System.Collections.Immutable;
using System.Globalization;
using Portfolio.Content.Documents;
using Portfolio.Content.Schema;
using Portfolio.Model;

namespace Portfolio.Rendering.Views;

/// <summary>Builds the view of each case page: the at-a-glance facts, the data table and the neighbours.</summary>
public sealed class CasePages(Site site, ViewFactory views, BodyRenderer bodies, UiText text, Func<string, string?> editUrl)
{
    public CasePageView Build(int index)
    {
        var c = site.Cases[index];
        var file = c.File;
        var partners = file.Partners.GroupBy(p => p.Sector)
            .OrderBy(g => Vocabularies.Sector.Choices.IndexOf(g.Key))
            .Select(g => new PartnerGroup(views.Labelled(g.Key), [.. g]));
        var steps = file.Illustrates.Select(slug => site.Guide.FirstOrDefault(s => s.Slug == slug)).OfType<GuideStep>()
            .OrderBy(s => s.Number)
            .Select(s => new NavLink(Urls.GuideStep(s.Slug), s.Title, Extra: string.Format(views.Culture, text["guide.step"], views.Number(s.Number))));
        var sources = file.Data?.Sources.Select(s => new DataSourceView(s.Name, s.Url, s.Publisher, s.Standard, s.UpdateFrequency)) ?? [];
        var phaseCells = c.Cells.Zip(c.Phases, (cell, phase) => new Facet(phase.Slug, phase.Name, Urls.MatrixCell(cell)));
        var previous = index > 0 ? site.Cases[index - 1] : null;
        var next = index < site.Cases.Length - 1 ? site.Cases[index + 1] : null;
        return new CasePageView(file, ViewFactory.Card(c), bodies.Render(file.Body), Outline(file), [.. phaseCells], Glance(c),
            [.. partners], [.. c.Techniques.Select(ViewFactory.Facet)], [.. sources], DataLabel(file), Partnership(file.Partnership), [.. steps],
            c.StatusName,
            views.Date(file.LastReviewed),
            file.LastReviewed?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            editUrl(file.SourcePath),
            previous is null ? null : new NavLink(Urls.Case(previous.Slug), previous.Title),
            next is null ? null : new NavLink(Urls.Case(next.Slug), next.Title));
    }

    PartnershipView? Partnership(Partnership? partnership) => partnership is null ? null : new(
        partnership.Capacity is { } capacity ? views.Label(capacity, "capacity") : null,
        partnership.Willingness is { } willingness ? views.Label(willingness, "willingness") : null);

    /// <summary>What the glance panel's link to the data section says: how many data sets, or that there are notes on the data.</summary>
    string DataLabel(CaseFile c) => c.Data is { Sources.Length: > 0 } data ? views.Count("cases.data_sources", data.Sources.Length) : text["cases.data_notes"];

    /// <summary>The body's sections, then the data and sources sections the layout adds.</summary>
    ImmutableArray<NavLink> Outline(CaseFile c) =>
    [
        .. PageOutline.Of(c.Body),
        .. c.Data is null ? [] : new[] { new NavLink("#data-title", text["cases.data"]) },
        new NavLink("#sources-title", text["cases.sources"]),
    ];

    MatrixGlance Glance(Case c) => new(
        [.. site.Matrix.Phases.Select(p => views.Label(Vocabularies.Phase[p.Slug], "phase_short"))],
        [.. site.Matrix.Rows.Select(row => new MatrixGlanceRow(row.Level.Name, [.. row.Cells.Select(cell => c.Cells.Contains(cell.Position))]))]);
}
