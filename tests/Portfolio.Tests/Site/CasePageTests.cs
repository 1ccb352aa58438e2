using AngleSharp.Dom;
using Portfolio.Tests.Support;

namespace Portfolio.Tests.Site;

public sealed class CasePageTests(BuiltFixture site) : IClassFixture<BuiltFixture>
{
    IElement Glance => site.Page("/cases/alpha/").One("main aside.glance");

    string[] Fact(string label) => Glance.QuerySelectorAll("dl > div")
        .Single(d => d.One("dt").Text() == label)
        .Texts("dd");

    [Fact]
    public void Glance_panel_links_countries_themes_and_the_level_definition()
    {
        Assert.Equal(["/countries/ar/"], Glance.Hrefs("dl > div:first-child dd a"));
        Assert.Equal(["Argentina"], Fact("Countries"));
        Assert.Equal(["Health"], Fact("Themes"));
        Assert.Contains("/themes/health/", Glance.Hrefs("a"));
        Assert.Contains("/framework/#level-group", Glance.Hrefs("a"));
    }

    [Fact]
    public void Glance_panel_links_each_phase_to_its_cell_of_the_matrix()
    {
        var beta = site.Page("/cases/beta/").One("main aside.glance");

        Assert.Contains("/framework/#group-co-design", Glance.Hrefs("a"));
        Assert.Contains("/framework/#individual-co-commissioning", beta.Hrefs("a"));
        Assert.Contains("/framework/#individual-co-delivery", beta.Hrefs("a"));
    }

    [Fact]
    public void Glance_panel_draws_the_case_in_the_small_matrix_without_repeating_it_to_screen_readers()
    {
        var small = Glance.One(".glance-matrix");

        Assert.Equal("true", small.GetAttribute("aria-hidden"));
        var cells = small.QuerySelectorAll(".gm-cell");
        Assert.Equal(12, cells.Length);
        Assert.Equal([5], cells.Select((c, i) => (c, i)).Where(x => x.c.ClassList.Contains("on")).Select(x => x.i));
    }

    [Fact]
    public void Glance_panel_groups_partners_by_sector()
    {
        var partners = Glance.QuerySelectorAll("dl > div").Single(d => d.One("dt").Text() == "Partners");

        Assert.Equal(["Government", "Academia"], partners.Texts(".partner-sector"));
        Assert.Equal(["Alpha Clinic", "Alpha Lab"], partners.Texts(".partner-name"));
        Assert.Equal(["owns the data", "builds the model"], partners.Texts(".partner-role"));
    }

    [Fact]
    public void Glance_panel_lists_beneficiaries_techniques_and_the_steps_illustrated()
    {
        Assert.Equal(["Alpha Clinic"], Glance.QuerySelectorAll("dl > div").Single(d => d.One("dt").Text() == "Direct beneficiaries").Texts("li"));
        Assert.Equal(["Patients of Argentina"], Glance.QuerySelectorAll("dl > div").Single(d => d.One("dt").Text() == "Indirect beneficiaries").Texts("li"));
        Assert.Equal(["Classification"], Fact("Techniques"));
        Assert.Equal(["Pilot"], Fact("Status"));
        var steps = Glance.QuerySelectorAll("dl > div").Single(d => d.One("dt").Text() == "Steps of the guide it illustrates");
        Assert.Equal(["Step 1: First step"], steps.Texts("a"));
        Assert.Equal(["/guide/first-step/"], steps.Hrefs("a"));
    }

    [Fact]
    public void Case_page_shows_the_body_sources_review_date_and_edit_link()
    {
        var page = site.Page("/cases/alpha/");

        Assert.Equal("Alpha reads records and flags risk.", page.One("main .prose p").Text());
        Assert.Equal(["https://example.org/guide"], page.Hrefs("main section.case-sources ul a"));
        Assert.Equal("2026-01-15", page.One("main section.case-sources time").GetAttribute("datetime"));
        Assert.Equal("15 January 2026", page.One("main section.case-sources time").Text());
        Assert.Equal("https://github.com/example/fixture/edit/main/content/cases/alpha.md", page.One("main .edit-link a").GetAttribute("href"));
    }

    [Fact]
    public void Data_sources_are_a_table_and_missing_facts_say_so()
    {
        using var fixture = new Support.FixtureSite();
        var alpha = fixture.Read("content/cases/alpha.md").Replace("illustrates:", """
            data:
              sources:
                - name: Clinic records
                  publisher: Alpha Clinic
                  url: https://example.org/records
              gaps: Records are on paper.
            illustrates:
            """, StringComparison.Ordinal);
        fixture.Write("content/cases/alpha.md", alpha).BuildClean();

        var table = fixture.Page("/cases/alpha/").One("main section.case-data table");
        Assert.Equal(["Data set", "Publisher", "Standard", "Updated"], table.Texts("thead th"));
        Assert.Equal("https://example.org/records", table.One("tbody th a").GetAttribute("href"));
        Assert.Equal(["Alpha Clinic", "Not stated", "Not stated"], table.Texts("tbody td"));
        Assert.Equal("Records are on paper.", fixture.Page("/cases/alpha/").One("main section.case-data h3 + p").Text());
        Assert.Equal("1 data set", fixture.Page("/cases/alpha/").One("main aside.glance a[href='#data-title']").Text());
    }

    [Fact]
    public void Cases_link_to_their_neighbours_in_order()
    {
        Assert.Equal(["/cases/beta/"], site.Page("/cases/alpha/").Hrefs("main nav.pager a"));
        Assert.Equal(["/cases/alpha/"], site.Page("/cases/beta/").Hrefs("main nav.pager a"));
    }

    [Fact]
    public void Partnership_rating_left_out_is_shown_as_not_stated_beside_the_one_given()
    {
        Assert.DoesNotContain(Glance.QuerySelectorAll("dl > div"), d => d.One("dt").Text() == "Public partner's willingness");

        using var fixture = new FixtureSite();
        fixture.Write("content/cases/alpha.md", fixture.Read("content/cases/alpha.md").Replace(
            "illustrates:", "partnership:\n  capacity: low\nillustrates:", StringComparison.Ordinal));
        fixture.BuildClean();

        var glance = fixture.Page("/cases/alpha/").One("main aside.glance");
        string Rating(string label) => glance.QuerySelectorAll("dl > div").Single(d => d.One("dt").Text() == label).One("dd").Text();
        Assert.Equal("Low capacity", Rating("Public partner's capacity"));
        Assert.Equal("Not stated", Rating("Public partner's willingness"));
        Assert.NotNull(glance.QuerySelector("dl > div.pair dd .not-stated"));
    }
}
