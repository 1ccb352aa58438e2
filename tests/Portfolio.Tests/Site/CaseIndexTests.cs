using AngleSharp.Dom;

namespace Portfolio.Tests.Site;

public sealed class CaseIndexTests(BuiltFixture site) : IClassFixture<BuiltFixture>
{
    [Fact]
    public void Case_index_lists_every_case_as_a_card_with_its_count()
    {
        var page = site.Page("/cases/");

        Assert.Equal("2 cases", page.One("#case-count").Text());
        Assert.Equal(["Alpha", "Beta"], page.Texts("#case-list .case-card h3 a"));
        Assert.Equal(["/cases/alpha/", "/cases/beta/"], page.Hrefs("#case-list .case-card h3 a"));
        Assert.Null(page.QuerySelector("main nav.pagination"));
    }

    [Fact]
    public void Cards_show_country_level_phases_and_themes()
    {
        var beta = site.Page("/cases/").QuerySelectorAll("#case-list .case-card")[1];

        Assert.Equal("Uruguay, Brazil", beta.One(".card-place").Text());
        Assert.Equal(["Individual"], beta.Texts(".chip-level"));
        Assert.Equal(["Co-commissioning", "Co-delivery"], beta.Texts(".chip-phase"));
        Assert.Equal("Water", beta.One(".card-themes").Text());
    }

    [Fact]
    public void Cards_carry_every_facet_as_data_attributes_for_filters()
    {
        var beta = site.Page("/cases/").QuerySelectorAll("#case-list .case-card")[1];

        Assert.Equal("beta", beta.GetAttribute("data-slug"));
        Assert.Equal("uy br", beta.GetAttribute("data-countries"));
        Assert.Equal("water", beta.GetAttribute("data-themes"));
        Assert.Equal("individual", beta.GetAttribute("data-level"));
        Assert.Equal("co-commissioning co-delivery", beta.GetAttribute("data-phases"));
        Assert.Equal("government", beta.GetAttribute("data-sectors"));
    }

    [Fact]
    public void Browsing_by_theme_country_and_level_comes_before_the_list_and_needs_no_script()
    {
        var page = site.Page("/cases/");
        var browse = page.One("main nav.browse");

        Assert.Equal(["By theme", "By country", "By level of co-production"], browse.Texts(".browse-label"));
        Assert.Equal(["/themes/health/", "/themes/water/"], browse.One("[data-browse=theme]").Hrefs("a"));
        Assert.Equal(["/countries/ar/", "/countries/br/", "/countries/uy/"], browse.One("[data-browse=country]").Hrefs("a"));
        Assert.Equal("(1 case)", browse.One("[data-browse=country] li .visually-hidden").Text());
        Assert.Equal(["/framework/#row-individual", "/framework/#row-group"], browse.One("[data-browse=level]").Hrefs("a"));
        Assert.True(browse.CompareDocumentPosition(page.One("#case-list")).HasFlag(DocumentPositions.Following), "browsing comes before the list");
        Assert.Null(browse.Closest("[hidden]"));
    }

    [Fact]
    public void The_filters_of_a_one_page_index_work_in_place_and_offer_to_clear_an_empty_result()
    {
        var page = site.Page("/cases/");
        var form = page.One("main form[data-case-filters]");

        Assert.Null(form.GetAttribute("action"));
        Assert.False(form.HasAttribute("data-paged"));
        Assert.Equal(["Academia", "Government"], form.Texts("fieldset[data-facet=sector] .facet-name"));
        var empty = page.One("#" + form.GetAttribute("data-empty"));
        Assert.True(empty.HasAttribute("hidden"));
        Assert.Equal("Clear filters", empty.One("button[data-clear-filters]").Text());
    }
}
