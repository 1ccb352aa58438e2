using System.Collections.Immutable;
using Portfolio.Model;
using Portfolio.Rendering.Views;

namespace Portfolio.Rendering;

/// <summary>
/// Lists every HTML page of the site (the URL contract in DESIGN.md) with the view data its layout needs.
/// Views are computed here and in <see cref="ViewFactory"/>; layouts only lay them out.
/// </summary>
public sealed class SiteMap(Site site, ViewFactory views, BodyRenderer bodies, UiText text, DateOnly? buildDate = null)
{
    public ImmutableArray<PageRoute> Routes()
    {
        var routes = ImmutableArray.CreateBuilder<PageRoute>();
        var settings = site.Settings;
        routes.Add(new PageRoute("/", "home", settings.Title, settings.Description, Home()));
        routes.Add(new PageRoute("/guide/", "guide-index", text["guide.title"], text["guide.description"], new GuideIndexView(views.Steps(null))));
        foreach (var step in site.Guide)
        {
            routes.Add(new PageRoute(Urls.GuideStep(step.Slug), "guide-step", step.Title, step.Summary, GuideStep(step), step.SourcePath, step.LastReviewed));
        }

        routes.Add(new PageRoute("/cases/", "case-index", text["cases.title"], text["cases.description"], CaseIndex()));
        for (var i = 0; i < site.Cases.Length; i++)
        {
            var c = site.Cases[i];
            routes.Add(new PageRoute(Urls.Case(c.Slug), "case", c.Title, c.Summary, Case(i), c.SourcePath, c.LastReviewed));
        }

        routes.Add(new PageRoute("/framework/", "framework", text["framework.title"], text["framework.description"], Framework()));
        routes.Add(new PageRoute("/beneficiaries/", "beneficiaries", text["beneficiaries.title"], text["beneficiaries.description"], Beneficiaries()));
        AddTaxonomy(routes, "countries", site.Countries, Urls.Country);
        AddTaxonomy(routes, "themes", site.Themes.Where(t => t.Count > 0), Urls.Theme);
        foreach (var page in site.Pages.Where(p => !Content.Validator.SectionSlugs.Contains(p.Slug)))
        {
            routes.Add(new PageRoute(Urls.Page(page.Slug), "page", page.Title, page.Summary,
                new PageView(page, bodies.Render(page.Body), views.Date(page.LastReviewed), EditUrl(page.SourcePath)), page.SourcePath, page.LastReviewed));
        }

        routes.Add(new PageRoute(OpenData.DatasetInfo.PagePath, "data", text["data.title"], text["data.description"],
            OpenData.DataPage.View(site, text, buildDate), LastModified: OpenData.DatasetInfo.DateOf(site, buildDate)));
        routes.Add(new PageRoute("/search/", "search", text["search.title"], text["search.description"], new EmptyView(Sections())));
        routes.Add(new PageRoute("/404.html", "not-found", text["not_found.title"], text["not_found.description"], new EmptyView(Sections())));
        return [.. routes.Select(WithIntro)];
    }

    /// <summary>A section page takes its title, summary and introduction from the page of the same slug.</summary>
    PageRoute WithIntro(PageRoute route)
    {
        var intro = site.Pages.FirstOrDefault(p => Content.Validator.SectionSlugs.Contains(p.Slug) && Urls.Page(p.Slug) == route.Url);
        return intro is null ? route : route with
        {
            Title = intro.Title,
            Description = intro.Summary,
            Intro = bodies.Render(intro.Body),
            SourcePath = intro.SourcePath,
            LastModified = intro.LastReviewed,
        };
    }

    public ImmutableArray<NavLink> Sections() =>
    [
        new("/guide/", text["nav.guide"]),
        new("/cases/", text["nav.cases"]),
        new("/framework/", text["nav.framework"]),
        new("/beneficiaries/", text["nav.beneficiaries"]),
        .. site.Pages.Any(p => p.Slug == "about") ? [new NavLink("/about/", text["nav.about"])] : Array.Empty<NavLink>(),
    ];

    HomeView Home() => new(
        views.Steps(null),
        views.Cards(site.FeaturedCases.IsEmpty ? site.Cases.Take(3) : site.FeaturedCases),
        site.Content.Programme is { } programme ? Programme(programme) : null,
        site.Cases.Length,
        site.Countries.Length);

    ProgrammeView Programme(Programme programme)
    {
        var call = programme.Call;
        var sectors = BarChart.Draw("chart-sector", text["programme.by_sector"],
            text.Format("programme.by_sector_desc", call.Proposals),
            [.. call.BySector.Select(s => new BarChart.Bar(s.Label, s.Percent, text.Format("programme.percent", s.Percent)))]);
        var topics = BarChart.Draw("chart-topic", text["programme.by_topic"],
            text.Format("programme.by_topic_desc", call.Proposals),
            [.. call.ByTopic.Select(t => new BarChart.Bar(t.Label, t.Proposals, views.Number(t.Proposals)))]);
        return new ProgrammeView(programme, sectors, topics, call.ByTopic.Sum(t => t.Proposals));
    }

    GuideStepView GuideStep(GuideStep step)
    {
        var index = site.Guide.IndexOf(step);
        var steps = views.Steps(step);
        var boxes = step.Boxes.Select((b, i) => new BoxView(b, $"box-{i + 1}",
            b.Figure is { } figure ? text.Format("guide.figure", figure) : null,
            b.Case is { } slug && site.Cases.FirstOrDefault(c => c.Slug == slug) is { } c ? new NavLink(Urls.Case(c.Slug), c.Title) : null,
            b.Kind == "chain"));
        return new GuideStepView(step, bodies.Render(step.Body), [.. boxes], views.Cards(site.ExamplesFor(step.Slug)), steps,
            step.Matrices.Contains("capacity-willingness") ? CapacityWillingness() : null,
            step.Matrices.Contains("nabatchi") ? site.Matrix : null,
            index > 0 ? steps[index - 1] : null,
            index < steps.Length - 1 ? steps[index + 1] : null,
            EditUrl(step.SourcePath));
    }

    CapacityWillingnessView? CapacityWillingness()
    {
        if (site.Content.Matrices?.CapacityWillingness is not { } matrix)
        {
            return null;
        }

        string[] levels = ["high", "low"];
        var columns = levels.Select(w => new Facet(w, text["capacity.willingness_" + w])).ToImmutableArray();
        var rows = levels.Select(capacity => new CapacityRow(new Facet(capacity, text["capacity.capacity_" + capacity]),
            [.. levels.Select(w => matrix.Cells.First(c => c.Capacity == capacity && c.Willingness == w))
                .Select(cell => new CapacityCellView(cell, text["capacity.outcome_" + cell.Outcome]))]));
        return new CapacityWillingnessView(matrix, [.. rows], columns);
    }

    CaseIndexView CaseIndex()
    {
        var cards = views.Cards(site.Cases);
        ImmutableArray<FacetGroup> facets =
        [
            Group("country", cards, c => c.Countries),
            Group("theme", cards, c => c.Themes),
            Group("level", cards, c => [c.Level]),
            Group("phase", cards, c => c.Phases),
            Group("sector", cards, c => c.Sectors),
        ];
        return new CaseIndexView(cards, facets);
    }

    FacetGroup Group(string name, ImmutableArray<CaseCard> cards, Func<CaseCard, IEnumerable<Facet>> facets) =>
        new(name, text["facet." + name], [.. cards.SelectMany(facets).GroupBy(f => f.Slug)
            .Select(g => new FacetCount(g.First(), g.Count()))
            .OrderBy(f => f.Value.Name, StringComparer.Ordinal)]);

    CasePageView Case(int index)
    {
        var c = site.Cases[index];
        var partners = c.Partners.GroupBy(p => p.Sector)
            .Select(g => new PartnerGroup(views.Sector(g.Key), [.. g]))
            .OrderBy(g => Array.IndexOf(Content.Schema.CaseSchema.Sector.Values.ToArray(), g.Sector.Slug));
        var steps = c.Illustrates.Select(slug => site.Guide.FirstOrDefault(s => s.Slug == slug)).OfType<GuideStep>()
            .OrderBy(s => s.Number)
            .Select(s => new NavLink(Urls.GuideStep(s.Slug), s.Title, Extra: views.Number(s.Number)));
        var previous = index > 0 ? site.Cases[index - 1] : null;
        var next = index < site.Cases.Length - 1 ? site.Cases[index + 1] : null;
        return new CasePageView(c, views.Card(c), bodies.Render(c.Body), [.. partners], [.. c.Techniques.Select(views.Technique)], [.. steps],
            c.Status is { } status ? text["status." + status] : null,
            views.Date(c.LastReviewed),
            $"/framework/#{c.Coproduction.Level}-{c.Coproduction.Phases[0]}",
            EditUrl(c.SourcePath),
            previous is null ? null : new NavLink(Urls.Case(previous.Slug), previous.Title),
            next is null ? null : new NavLink(Urls.Case(next.Slug), next.Title));
    }

    FrameworkView Framework() => new(site.Matrix, site.Content.Matrices?.Nabatchi.Source, site.Content.Matrices?.Nabatchi.Description, CapacityWillingness(), site.Cases.Length);

    BeneficiariesView Beneficiaries() => new(
        [.. site.Beneficiaries.Rows.Select(r => new BeneficiaryRowView(views.Card(r.Case), r.Direct, r.Indirect))],
        site.Content.Matrices?.DirectBeneficiaries, site.Content.Matrices?.IndirectBeneficiaries);

    void AddTaxonomy(ImmutableArray<PageRoute>.Builder routes, string kind, IEnumerable<TaxonomyTerm> terms, Func<string, string> url)
    {
        var termViews = terms.Select(t => new TermView(t, url(t.Slug), views.Cards(t.Cases))).ToImmutableArray();
        routes.Add(new PageRoute($"/{kind}/", "taxonomy-index", text[kind + ".title"], text[kind + ".description"], new TaxonomyIndexView(kind, termViews)));
        foreach (var term in termViews)
        {
            routes.Add(new PageRoute(term.Url, "taxonomy", term.Term.Name,
                term.Term.Description ?? string.Format(text.Culture, text[kind + ".term_description"], term.Term.Name, term.Term.Count), term));
        }
    }

    string? EditUrl(string sourcePath) => site.Settings.RepositoryUrl is { } repository && sourcePath.StartsWith("content/", StringComparison.Ordinal)
        ? $"{repository}/edit/{site.Settings.DefaultBranch}/{sourcePath}"
        : null;
}
