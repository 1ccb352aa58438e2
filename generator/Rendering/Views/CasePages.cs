using System.Collections.Immutable;
using Portfolio.Model;

namespace Portfolio.Rendering.Views;

/// <summary>Builds the view of each case page: the at-a-glance facts, the data table and the neighbours.</summary>
public sealed class CasePages(Site site, ViewFactory views, BodyRenderer bodies, Func<string, string> text, Func<string, string?> editUrl)
{
    public CasePageView Build(int index)
    {
        var c = site.Cases[index];
        var level = c.Coproduction.Level;
        var sectors = Content.Schema.CaseSchema.Sector.Values;
        var partners = c.Partners.GroupBy(p => p.Sector)
            .OrderBy(g => sectors.IndexOf(g.Key))
            .Select(g => new PartnerGroup(views.Sector(g.Key), [.. g]));
        var steps = c.Illustrates.Select(slug => site.Guide.FirstOrDefault(s => s.Slug == slug)).OfType<GuideStep>()
            .OrderBy(s => s.Number)
            .Select(s => new NavLink(Urls.GuideStep(s.Slug), s.Title, Extra: string.Format(views.Culture, text("guide.step"), views.Number(s.Number))));
        var sources = c.Data?.Sources.Select(s => new DataSourceView(s.Name, s.Url, s.Publisher, s.Standard, s.UpdateFrequency)) ?? [];
        var phaseCells = c.Coproduction.Phases.Select(views.Phase).Select(p => p with { Url = $"/framework/#{level}-{p.Slug}" });
        var previous = index > 0 ? site.Cases[index - 1] : null;
        var next = index < site.Cases.Length - 1 ? site.Cases[index + 1] : null;
        return new CasePageView(c, views.Card(c), bodies.Render(c.Body), Outline(c), [.. phaseCells], Glance(c),
            [.. partners], [.. c.Techniques.Select(views.Technique)], [.. sources], DataLabel(c), [.. steps],
            c.Status is { } status ? text("status." + status) : null,
            views.Date(c.LastReviewed),
            c.LastReviewed?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            editUrl(c.SourcePath),
            previous is null ? null : new NavLink(Urls.Case(previous.Slug), previous.Title),
            next is null ? null : new NavLink(Urls.Case(next.Slug), next.Title));
    }

    /// <summary>What the glance panel's link to the data section says: how many data sets, or that there are notes on the data.</summary>
    string DataLabel(CaseFile c) => c.Data is { Sources.Length: > 0 } data ? views.Count("cases.data_sources", data.Sources.Length) : text("cases.data_notes");

    /// <summary>The body's sections, then the data and sources sections the layout adds.</summary>
    ImmutableArray<NavLink> Outline(CaseFile c) =>
    [
        .. PageOutline.Of(c.Body),
        .. c.Data is null ? [] : new[] { new NavLink("#data-title", text("cases.data")) },
        new NavLink("#sources-title", text("cases.sources")),
    ];

    MatrixGlance Glance(CaseFile c) => new(
        [.. site.Matrix.Phases.Select(p => text("framework.phase_short." + p.Slug))],
        [.. site.Matrix.Rows.Select(row => new MatrixGlanceRow(row.Level.Name, [.. row.Cells.Select(cell => cell.Cases.Contains(c))]))]);
}
