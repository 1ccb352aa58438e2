using System.Collections.Immutable;
using Portfolio.Model;

namespace Portfolio.Rendering.Views;

/// <summary>
/// The pages that grow with the portfolio: the case index, the beneficiaries table, and the pages of each country and
/// theme. Each is split into pages of <see cref="Paging.CasesPerPage"/> cases at stable addresses
/// (<c>/cases/</c>, <c>/cases/page/2/</c>, …; <see cref="Urls.Paged"/>); a list that fits on one page is one page,
/// with no pager. What every page of a list shares (facets, browse lists) is computed once. <c>route</c> makes a
/// route from its address, kind, title, description and view (the site map adds the head).
/// </summary>
public sealed class ListPages(Site site, ViewFactory views, UiText text, Func<string, PageKind, string, string, IPageView, PageRoute> route)
{
    public IEnumerable<PageRoute> CaseIndex()
    {
        var facets = Facets.Filters.Select(Group).ToImmutableArray();
        var browse = new BrowseLists(site, views, text).Build();
        foreach (var page in Paging.Split(ViewFactory.Cards(site.Cases)))
        {
            var view = new CaseIndexView(page.Items, views.Range(page), facets, browse, PagerView.Of(page, Urls.Cases, views, text));
            yield return route(Urls.Paged(Urls.Cases, page.Number), PageKind.CaseIndex, Titled(text["cases.title"], page), text["cases.description"], view);
        }
    }

    public IEnumerable<PageRoute> Beneficiaries()
    {
        var rows = site.Cases.Select(c => new BeneficiaryRowView(ViewFactory.Card(c), c.File.Beneficiaries.Direct, c.File.Beneficiaries.Indirect)).ToImmutableArray();
        var matrices = site.Content.Matrices;
        foreach (var page in Paging.Split(rows))
        {
            var view = new BeneficiariesView(page.Items, matrices?.DirectBeneficiaries, matrices?.IndirectBeneficiaries, views.Range(page),
                PagerView.Of(page, Urls.Beneficiaries, views, text));
            yield return route(Urls.Paged(Urls.Beneficiaries, page.Number), PageKind.Beneficiaries, Titled(text["beneficiaries.title"], page),
                text["beneficiaries.description"], view);
        }
    }

    /// <summary>A taxonomy's index (<c>/countries/</c>) and the pages of each term, titled from the UI text under <paramref name="key"/>.</summary>
    public IEnumerable<PageRoute> Taxonomy(string indexUrl, string key, IEnumerable<TaxonomyTerm> terms)
    {
        var listed = terms.ToImmutableArray();
        var parent = new NavLink(indexUrl, text["nav." + key]);
        yield return route(indexUrl, PageKind.TaxonomyIndex, text[key + ".title"], text[key + ".description"],
            new TaxonomyIndexView([.. listed.Select(t => new TermView(t, Urls.Of(t.Term)!, views.Count("cases.count", t.Count)))]));
        var intros = new TermIntros(site, views, text);
        foreach (var term in listed)
        {
            var url = Urls.Of(term.Term)!;
            var description = term.Description ?? string.Format(text.Culture, text[key + ".term_description"], term.Name, views.Count("cases.count", term.Count));
            foreach (var page in Paging.Split(ViewFactory.Cards(term.Cases)))
            {
                ImmutableArray<NavLink> trail = [parent, .. page.IsFirst ? [] : new[] { new NavLink(url, term.Name) }];
                var intro = page.IsFirst ? intros.Build(term, key) : null;
                var lede = term.Description ?? intro?.Sentences.FirstOrDefault();
                var view = new TermPageView(term, trail, lede, intro is null || term.Description is not null ? intro : intro with { Sentences = intro.Sentences.RemoveAt(0) },
                    page.Items, views.Range(page), PagerView.Of(page, url, views, text));
                yield return route(Urls.Paged(url, page.Number), PageKind.Taxonomy, Titled(term.Name, page), description, view);
            }
        }
    }

    /// <summary>The title of a list's page: the list's own on its first page, "Cases, page 2 of 9" on the others.</summary>
    public string Titled<T>(string title, ListPage<T> page) => page.IsFirst
        ? title
        : string.Format(views.Culture, text["paging.title"], title, views.Number(page.Number), views.Number(page.Count));

    FacetGroup Group(Taxon taxon)
    {
        var key = Facets.Key(taxon);
        return new(key, text["facet." + key], [.. site.Cases.SelectMany(c => c.Under(taxon)).GroupBy(n => n.Slug)
            .Select(g => new FacetCount(ViewFactory.Facet(g.First()), g.Count(), views.Count("cases.count", g.Count())))
            .OrderBy(f => f.Value.Name, StringComparer.Ordinal)]);
    }
}
