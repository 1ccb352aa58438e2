using System.Collections.Immutable;
using Portfolio.Content;
using Portfolio.Content.Documents;
using Portfolio.Model;
using Portfolio.Rendering.Head;
using Portfolio.Rendering.Views;

namespace Portfolio.Rendering;

/// <summary>
/// Lists every HTML page of the site (the URL contract in docs/architecture.md) with the view its layout needs and the head
/// its link previews read. Views are computed here and in <see cref="ViewFactory"/> and the page builders beside
/// it; layouts only lay them out.
/// </summary>
public sealed class SiteMap(Site site, ViewFactory views, BodyRenderer bodies, UiText text, HeadBuilder head, DatasetInfo dataset)
{
    readonly CasePages cases = new(site, views, bodies, text, path => EditUrl(site, path));
    readonly GuidePages guide = new(site, views, bodies, text, path => EditUrl(site, path),
        site.Pages.Any(p => p.Slug == "conclusion") ? Urls.Page("conclusion") : null);
    readonly ListPages lists = new(site, views, text, (url, kind, title, description, view) => new PageRoute(url, kind, title, description, view) { Meta = head.Plain() });

    public ImmutableArray<PageRoute> Routes()
    {
        var routes = ImmutableArray.CreateBuilder<PageRoute>();
        var settings = site.Settings;
        routes.Add(new PageRoute(Urls.Home, PageKind.Home, settings.Title, settings.Description, Home()) { Meta = head.ForHome() });
        routes.Add(Page(Urls.Guide, PageKind.GuideIndex, "guide", new GuideIndexView(views.Steps(null), Conclusion())
        {
            Worksheet = new NavLink(Urls.GuideWorksheet, text["worksheet.title"]),
            Print = new NavLink(Urls.GuidePrint, text["print.button"]),
        }));
        routes.Add(Page(Urls.GuideWorksheet, PageKind.GuideWorksheet, "worksheet", new WorksheetPage(site, views, text, guide).Build()));
        routes.Add(Page(Urls.GuidePrint, PageKind.GuidePrint, "print", new GuidePrintPage(site, views, bodies, text, guide).Build()));
        foreach (var step in site.Guide)
        {
            routes.Add(new PageRoute(Urls.GuideStep(step.Slug), PageKind.GuideStep, step.Title, step.Summary, guide.Build(step))
            {
                SourcePath = step.SourcePath,
                LastModified = step.LastReviewed,
                Meta = head.Plain(),
                ContentLanguage = Untranslated(step.Language),
                Behind = step.Behind,
                Map = bodies.Map(step.Body, step.SourcePath, step.BodyLine),
            });
            foreach (var (page, view) in guide.Examples(step))
            {
                var title = string.Format(text.Culture, text["guide.examples_title"], views.Number(step.Number), step.Title);
                routes.Add(new PageRoute(Urls.Paged(Urls.StepExamples(step.Slug), page.Number), PageKind.StepExamples, lists.Titled(title, page),
                    string.Format(text.Culture, text["guide.examples_description"], views.Number(step.Number)), view) { Meta = head.Plain() });
            }
        }

        routes.AddRange(lists.CaseIndex());

        // A case page's view holds its rendered body: the most work of any route, done on both cores.
        var casePages = new PageRoute[site.Cases.Length];
        Parallel.For(0, casePages.Length, i =>
        {
            var c = site.Cases[i];
            casePages[i] = new PageRoute(Urls.Case(c.Slug), PageKind.Case, c.Title, c.File.Summary, cases.Build(i))
            {
                Reads = [.. site.Cases.Skip(Math.Max(0, i - 1)).Take(i == 0 ? 2 : 3)],
                ContentLanguage = Untranslated(c.File.Language),
                Behind = c.File.Behind,
                SourcePath = c.File.SourcePath,
                LastModified = c.File.LastReviewed,
                Meta = head.ForCase(c),
                Filed = c.Filed,
                Map = bodies.Map(c.File.Body, c.File.SourcePath, c.File.BodyLine),
            };
        });
        routes.AddRange(casePages);

        routes.Add(Page(Urls.Framework, PageKind.Framework, "framework", Framework()));
        routes.AddRange(lists.Beneficiaries());
        routes.AddRange(lists.Taxonomy(Urls.Countries, "countries", site.Countries));
        routes.AddRange(lists.Taxonomy(Urls.Themes, "themes", site.Themes.Where(t => t.Count > 0)));
        foreach (var page in site.Pages.Where(p => !Validator.SectionSlugs.Contains(p.Slug)))
        {
            routes.Add(new PageRoute(Urls.Page(page.Slug), PageKind.Page, page.Title, page.Summary,
                new PageView(page, bodies.Render(page.Body), PageOutline.Of(page.Body), views.Date(page.LastReviewed), EditUrl(site, page.SourcePath)))
            {
                SourcePath = page.SourcePath,
                LastModified = page.LastReviewed,
                Meta = head.Plain(),
                Map = bodies.Map(page.Body, page.SourcePath, page.BodyLine),
                Reads = [],
                ContentLanguage = Untranslated(page.Language),
                Behind = page.Behind,
            });
        }

        routes.Add(Page(Urls.Data, PageKind.Data, "data", DataPages.View(site, text, dataset)) with { LastModified = dataset.BuildDate, Meta = head.ForData() });
        routes.Add(Page(Urls.Search, PageKind.Search, "search", new EmptyView(Sections())) with { Reads = [] });
        routes.Add(Page(Urls.NotFound, PageKind.NotFound, "not_found", new EmptyView(Sections())) with { Meta = null, Reads = [] });
        return [.. routes.Select(WithIntro)];
    }

    /// <summary>A generated page, titled and described from the UI text under <paramref name="textKey"/>.</summary>
    PageRoute Page(string url, PageKind kind, string textKey, IPageView view) =>
        new(url, kind, text[textKey + ".title"], text[textKey + ".description"], view) { Meta = head.Plain() };

    /// <summary>A section page takes its title, summary and introduction from the page of the same slug.</summary>
    PageRoute WithIntro(PageRoute route)
    {
        var intro = IntroOf(route.Url);
        return intro is null ? route : route with
        {
            Title = intro.Title,
            Description = intro.Summary,
            Intro = Untranslated(intro.Language) is { } original
                ? new HtmlString($"<div lang=\"{original}\">{bodies.Render(intro.Body).Value}</div>")
                : bodies.Render(intro.Body),
            SourcePath = intro.SourcePath,
            LastModified = intro.LastReviewed,
            Map = bodies.Map(intro.Body, intro.SourcePath, intro.BodyLine),
        };
    }

    /// <summary>
    /// The original's language, for a document this edition has no translation of (it is shown as it is); null
    /// for a translated document, and in the site's own language.
    /// </summary>
    string? Untranslated(string? documentLanguage) => documentLanguage is null ? site.Content.ForeignOriginalLanguage : null;

    Page? IntroOf(string url) => site.Pages.FirstOrDefault(p => Validator.SectionSlugs.Contains(p.Slug) && Urls.Page(p.Slug) == url);

    /// <summary>The main sections, in the header's order.</summary>
    public ImmutableArray<NavLink> Sections() =>
    [
        new(Urls.Guide, text["nav.guide"]),
        new(Urls.Cases, text["nav.cases"]),
        new(Urls.Framework, text["nav.framework"]),
        new(Urls.Beneficiaries, text["nav.beneficiaries"]),
        .. PageLink("about", "nav.about"),
    ];

    /// <summary>The footer's links beyond the main sections: the taxonomies, search and the pages that exist.</summary>
    public ImmutableArray<NavLink> FooterLinks() =>
    [
        new(Urls.Countries, text["nav.countries"]),
        new(Urls.Themes, text["nav.themes"]),
        new(Urls.Data, text["nav.data"]),
        new(Urls.Search, text["search.title"]),
        .. PageLink("references", "nav.references"),
        .. PageLink("contribute", "footer.contribute"),
    ];

    IEnumerable<NavLink> PageLink(string slug, string key) =>
        site.Pages.Any(p => p.Slug == slug) ? [new NavLink(Urls.Page(slug), text[key])] : [];

    /// <summary>Themes and countries the home page lists to browse by, most cases first; the rest are a link away.</summary>
    const int HomeBrowseLimit = 12;

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
            ViewFactory.Cards(site.FeaturedCases.IsEmpty ? site.Cases.Take(3) : site.FeaturedCases),
            views.Count("home.all_cases", site.Cases.Length),
            stats,
            site.Content.Programme is { } programme ? new ProgrammeFigures(views, text).Build(programme) : null,
            new BrowseLists(site, views, text).Build(HomeBrowseLimit),
            Conclusion());
    }

    /// <summary>The guide's conclusion, <c>content/pages/conclusion.md</c>, when the site has it.</summary>
    NavLink? Conclusion() => PageLink("conclusion", "guide.conclusion").FirstOrDefault();

    /// <summary>The noun after a stat's number, singular or plural.</summary>
    string Noun(string key, int count) => text[key + (count == 1 ? "_one" : "_other")];

    FrameworkView Framework()
    {
        var intro = IntroOf(Urls.Framework);
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
        return new(views.Matrix(), matrices?.Nabatchi.Source, matrices?.Nabatchi.Description, matrices?.Nabatchi.LevelsNote, guide.CapacityWillingness(),
            matrices?.DirectBeneficiaries, matrices?.IndirectBeneficiaries, outline, intro is null ? null : EditUrl(site, intro.SourcePath));
    }

    static string? EditUrl(Site site, string sourcePath) => site.Settings.RepositoryUrl is { } repository && sourcePath.StartsWith("content/", StringComparison.Ordinal)
        ? $"{repository}/edit/{site.Settings.DefaultBranch}/{sourcePath}"
        : null;
}
