namespace Portfolio.Tests.Site;

public sealed class CaseIndexTests(BuiltFixture site) : IClassFixture<BuiltFixture>
{
    [Fact]
    public void Case_index_lists_every_case_as_a_card_with_its_count()
    {
        var page = site.Page("/cases/");

        Assert.Equal("2 cases", page.One("#case-count").Text());
        Assert.Equal(["Alpha", "Beta"], page.Texts("#case-list .case-card h2 a"));
        Assert.Equal(["/cases/alpha/", "/cases/beta/"], page.Hrefs("#case-list .case-card h2 a"));
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
    public void Facets_let_a_reader_browse_without_script()
    {
        var facets = site.Page("/cases/").One("main nav.facets");
        var countries = facets.One("[data-facet=country]");

        Assert.Equal(["/countries/ar/", "/countries/br/", "/countries/uy/"], countries.Hrefs("a"));
        Assert.Equal(["ar", "br", "uy"], countries.QuerySelectorAll("li").Select(li => li.GetAttribute("data-value")));
        Assert.Equal("(1 case)", countries.One("li .visually-hidden").Text());
        Assert.Equal(["/framework/#level-group", "/framework/#level-individual"], facets.One("[data-facet=level]").Hrefs("a"));
        Assert.Equal(["Academia", "Government"], facets.One("[data-facet=sector]").QuerySelectorAll("li").Select(li => li.FirstChild!.TextContent.Trim()));
    }
}
