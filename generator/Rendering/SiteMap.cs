using System.Collections.Immutable;
using Portfolio.Model;
using Portfolio.Rendering.Views;

namespace Portfolio.Rendering;

/// <summary>
/// Lists every HTML page of the site (the URL contract in DESIGN.md) with the view data its layout needs.
/// Views are computed here and in <see cref="ViewFactory"/> and the page builders beside it; layouts only lay them out.
/// </summary>
public sealed class SiteMap(Site site, ViewFactory views, BodyRenderer bodies, UiText text, DateOnly? buildDate = null)
{
    readonly CasePages cases = new(site, views, bodies, key => text[key], path => EditUrl(site, path));
    readonly GuidePages guide = new(site, views, bodies, key => text[key], path => EditUrl(site, path));

    public ImmutableArray<PageRoute> Routes()
    {
        var routes = ImmutableArray.CreateBuilder<PageRoute>();
        var settings = site.Settings;
        routes.Add(new PageRoute("/", "home", settings.Title, settings.Description, Home()));
        routes.Add(new PageRoute("/guide/", "guide-index", text["guide.title"], text["guide.description"], new GuideIndexView(views.Steps(null), Conclusion())));
        foreach (var step in site.Guide)
        {
            routes.Add(new PageRoute(Urls.GuideStep(step.Slug), "guide-step", step.Title, step.Summary, guide.Build(step), step.SourcePath, step.LastReviewed));
        }

        routes.Add(new PageRoute("/cases/", "case-index", text["cases.title"], text["cases.description"], CaseIndex()));
        for (var i = 0; i < site.Cases.Length; i++)
        {
            var c = site.Cases[i];
            routes.Add(new PageRoute(Urls.Case(c.Slug), "case", c.Title, c.Summary, cases.Build(i), c.SourcePath, c.LastReviewed));
        }

        routes.Add(new PageRoute("/framework/", "framework", text["framework.title"], text["framework.description"], Framework()));
        routes.Add(new PageRoute("/beneficiaries/", "beneficiaries", text["beneficiaries.title"], text["beneficiaries.description"], Beneficiaries()));
        AddTaxonomy(routes, "countries", site.Countries, Urls.Country);
        AddTaxonomy(routes, "themes", site.Themes.Where(t => t.Count > 0), Urls.Theme);
        foreach (var page in site.Pages.Where(p => !Content.Validator.SectionSlugs.Contains(p.Slug)))
        {
            routes.Add(new PageRoute(Urls.Page(page.Slug), "page", page.Title, page.Summary,
                new PageView(page, bodies.Render(page.Body), PageOutline.Of(page.Body), views.Date(page.LastReviewed), EditUrl(site, page.SourcePath)),
                page.SourcePath, page.LastReviewed));
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
        var intro = IntroOf(route.Url);
        return intro is null ? route : route with
        {
            Title = intro.Title,
            Description = intro.Summary,
            Intro = bodies.Render(intro.Body),
            SourcePath = intro.SourcePath,
            LastModified = intro.LastReviewed,
        };
    }

    Page? IntroOf(string url) => site.Pages.FirstOrDefault(p => Content.Validator.SectionSlugs.Contains(p.Slug) && Urls.Page(p.Slug) == url);

    /// <summary>The main sections, in the header's order.</summary>
    public ImmutableArray<NavLink> Sections() =>
    [
        new("/guide/", text["nav.guide"]),
        new("/cases/", text["nav.cases"]),
        new("/framework/", text["nav.framework"]),
        new("/beneficiaries/", text["nav.beneficiaries"]),
        .. PageLink("about", "nav.about"),
    ];

    /// <summary>The footer's links beyond the main sections: the taxonomies, search and the pages that exist.</summary>
    public ImmutableArray<NavLink> FooterLinks() =>
    [
        new("/countries/", text["nav.countries"]),
        new("/themes/", text["nav.themes"]),
        new(OpenData.DatasetInfo.PagePath, text["nav.data"]),
        new("/search/", text["search.title"]),
        .. PageLink("references", "nav.references"),
        .. PageLink("contribute", "footer.contribute"),
    ];

    IEnumerable<NavLink> PageLink(string slug, string key) =>
        site.Pages.Any(p => p.Slug == slug) ? [new NavLink(Urls.Page(slug), text[key])] : [];

    HomeView Home()
    {
        ImmutableArray<Stat> stats =
        [
            new(views.Number(site.Guide.Length), Noun("home.steps_stat", site.Guide.Length)),
            new(views.Number(site.Cases.Length), Noun("home.cases_stat", site.Cases.Length)),
            new(views.Number(site.Countries.Length), Noun("home.countries_stat", site.Countries.Length)),
            .. site.Content.Programme is { } p ? [new Stat(views.Number(p.Call.Proposals), Noun("home.proposals_stat", p.Call.Proposals))] : Array.Empty<Stat>(),
        ];
        return new HomeView(
            views.Steps(null),
            views.Cards(site.FeaturedCases.IsEmpty ? site.Cases.Take(3) : site.FeaturedCases),
            views.Count("home.all_cases", site.Cases.Length),
            stats,
            site.Content.Programme is { } programme ? new ProgrammeFigures(views, key => text[key]).Build(programme) : null,
            Conclusion());
    }

    /// <summary>The guide's conclusion, <c>content/pages/conclusion.md</c>, when the site has it.</summary>
    NavLink? Conclusion() => PageLink("conclusion", "guide.conclusion").FirstOrDefault();

    /// <summary>The noun after a stat's number, singular or plural.</summary>
    string Noun(string key, int count) => text[key + (count == 1 ? "_one" : "_other")];

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
        return new CaseIndexView(cards, views.Count("cases.count", cards.Length), facets);
    }

    FacetGroup Group(string name, ImmutableArray<CaseCard> cards, Func<CaseCard, IEnumerable<Facet>> facets) =>
        new(name, text["facet." + name], [.. cards.SelectMany(facets).GroupBy(f => f.Slug)
            .Select(g => new FacetCount(g.First(), g.Count(), views.Count("cases.count", g.Count())))
            .OrderBy(f => f.Value.Name, StringComparer.Ordinal)]);

    FrameworkView Framework()
    {
        var intro = IntroOf("/framework/");
        var matrices = site.Content.Matrices;
        ImmutableArray<NavLink> outline =
        [
            .. intro is null ? [] : PageOutline.Of(intro.Body),
            new("#definitions-title", text["framework.definitions"]),
            new("#matrix-title", text["framework.matrix_title"]),
            .. matrices is null ? [] : new[]
            {
                new NavLink("#capacity-title", text["framework.capacity_title"]),
                new NavLink("#beneficiaries-title", text["framework.beneficiaries_title"]),
            },
        ];
        return new(site.Matrix, matrices?.Nabatchi.Source, matrices?.Nabatchi.Description, matrices?.Nabatchi.LevelsNote, guide.CapacityWillingness(),
            matrices?.DirectBeneficiaries, matrices?.IndirectBeneficiaries, outline, intro is null ? null : EditUrl(site, intro.SourcePath));
    }

    BeneficiariesView Beneficiaries() => new(
        [.. site.Beneficiaries.Rows.Select(r => new BeneficiaryRowView(views.Card(r.Case), r.Direct, r.Indirect))],
        site.Content.Matrices?.DirectBeneficiaries, site.Content.Matrices?.IndirectBeneficiaries);

    void AddTaxonomy(ImmutableArray<PageRoute>.Builder routes, string kind, IEnumerable<TaxonomyTerm> terms, Func<string, string> url)
    {
        var termViews = terms.Select(t => new TermView(t, url(t.Slug), views.Cards(t.Cases), views.Count("cases.count", t.Count))).ToImmutableArray();
        routes.Add(new PageRoute($"/{kind}/", "taxonomy-index", text[kind + ".title"], text[kind + ".description"], new TaxonomyIndexView(kind, termViews)));
        foreach (var term in termViews)
        {
            routes.Add(new PageRoute(term.Url, "taxonomy", term.Term.Name,
                term.Term.Description ?? string.Format(text.Culture, text[kind + ".term_description"], term.Term.Name, term.CountLabel), term));
        }
    }

    static string? EditUrl(Site site, string sourcePath) => site.Settings.RepositoryUrl is { } repository && sourcePath.StartsWith("content/", StringComparison.Ordinal)
        ? $"{repository}/edit/{site.Settings.DefaultBranch}/{sourcePath}"
        : null;
}
