namespace Portfolio.Tests.Site;

public sealed class OtherPageTests(BuiltFixture site) : IClassFixture<BuiltFixture>
{
    [Fact]
    public void Beneficiary_table_has_a_row_per_case_with_direct_and_indirect_beneficiaries()
    {
        var table = site.Page("/beneficiaries/").One("main table.beneficiaries");

        Assert.Equal(["Case", "Direct beneficiaries", "Indirect beneficiaries"], table.Texts("thead th[scope=col]"));
        var rows = table.QuerySelectorAll("tbody tr");
        Assert.Equal(["Alpha", "Beta"], rows.Select(r => r.One("th[scope=row] a").Text()));
        Assert.Equal(["Patients of Argentina"], rows[0].Texts("td:nth-of-type(2) li"));
        Assert.Equal("None listed", rows[1].One("td:nth-of-type(2)").Text());
    }

    [Theory]
    [InlineData("/countries/", new[] { "Argentina", "Brazil", "Uruguay" })]
    [InlineData("/themes/", new[] { "Health", "Water" })]
    public void Taxonomy_indexes_list_each_term_with_its_count(string path, string[] terms)
    {
        var items = site.Page(path).QuerySelectorAll("main .term-list li");

        Assert.Equal(terms, items.Select(i => i.One("a").Text()));
        Portfolio.Tests.Shared.Every.Item(items, i => Assert.Equal("1 case", i.One(".count").Text()));
    }

    [Fact]
    public void Theme_page_shows_its_description_and_cases()
    {
        var page = site.Page("/themes/health/");

        Assert.Equal("Health", page.One("main h1").Text());
        Assert.Equal("Public health services.", page.One("main .lede").Text());
        Assert.Equal(["Alpha"], page.Texts("main .case-card h3 a"));
        Assert.Equal(["/", "/themes/"], page.Hrefs("main nav.breadcrumb a"));
        Assert.Equal(["One case in this portfolio is filed under the theme Health."], page.Texts("main .term-profile .section-intro"));
    }

    [Fact]
    public void Country_page_without_a_description_opens_with_a_sentence_made_from_its_cases()
    {
        var page = site.Page("/countries/uy/");

        Assert.Equal("Uruguay", page.One("main h1").Text());
        Assert.Equal("One case in this portfolio works in Uruguay.", page.One("main .lede").Text());
        Assert.Equal("Co-production cases in Uruguay: 1 case.", page.One("meta[name=description]").GetAttribute("content"));
    }

    [Fact]
    public void A_country_page_counts_its_cases_by_level_and_phase_and_lists_the_steps_they_illustrate()
    {
        var facts = site.Page("/countries/uy/").One("main .term-profile dl.term-facts");
        var values = facts.QuerySelectorAll(":scope > div").ToDictionary(d => d.One("dt").Text(), d => d.One("dd"));

        Assert.Equal(["Themes", "By level", "By phase", "Guide steps they illustrate"], values.Keys);
        Assert.Equal(["Water 1 (1 case)"], values["Themes"].Texts("li"));
        Assert.Equal(["/themes/water/"], values["Themes"].Hrefs("a"));
        Assert.Equal(["Individual 1 (1 case)", "Group 0 (0 cases)", "Collective 0 (0 cases)"], values["By level"].Texts("li"));
        Assert.Equal(["Co-commissioning 1 (1 case)", "Co-design 0 (0 cases)", "Co-delivery 1 (1 case)", "Co-assessment 0 (0 cases)"], values["By phase"].Texts("li"));
        Assert.Equal(["/guide/first-step/", "/guide/second-step/"], values["Guide steps they illustrate"].Hrefs("a"));
        Assert.Equal("Step 1: First step 1 (1 case)", values["Guide steps they illustrate"].Texts("li")[0]);
        Assert.Equal("2020", site.Page("/countries/ar/").One("main .term-facts div:first-child dd").Text());
        Assert.Equal("Started", site.Page("/countries/ar/").One("main .term-facts div:first-child dt").Text());
    }

    [Fact]
    public void Free_page_shows_title_summary_body_and_edit_link()
    {
        var page = site.Page("/about/");

        Assert.Equal("About the fixture", page.One("main h1").Text());
        Assert.Equal("What this fixture site is.", page.One("main .lede").Text());
        Assert.Equal("/guide/", page.One("main .prose a").GetAttribute("href"));
        Assert.EndsWith("/edit/main/content/pages/about.md", page.One("main .edit-link a").GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public void Not_found_page_offers_search_and_the_main_sections()
    {
        var page = site.Page("/404.html");

        var form = page.One("main form[role=search]");
        Assert.Equal("/search/", form.GetAttribute("action"));
        Assert.Equal("q", form.One("input").GetAttribute("name"));
        Assert.Equal(form.One("input").Id, form.One("label").GetAttribute("for"));
        Assert.Equal(["/", "/guide/", "/cases/", "/framework/", "/beneficiaries/", "/about/"], page.Hrefs("main nav a"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/guide/first-step/")]
    [InlineData("/cases/")]
    [InlineData("/cases/alpha/")]
    [InlineData("/framework/")]
    [InlineData("/beneficiaries/")]
    [InlineData("/countries/ar/")]
    [InlineData("/about/")]
    [InlineData("/404.html")]
    public void Every_page_has_the_landmarks_a_reader_navigates_by(string path)
    {
        var page = site.Page(path);

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("#main", page.Body!.FirstElementChild!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("body > header.site-header nav[aria-label]"));
        Assert.Single(page.QuerySelectorAll("main#main"));
        Assert.NotNull(page.QuerySelector("body > footer"));
        var labels = page.QuerySelectorAll("nav").Select(n => n.GetAttribute("aria-label") ?? n.GetAttribute("aria-labelledby")).ToList();
        Portfolio.Tests.Shared.Every.Item(labels, Assert.NotNull);
        Assert.Equal(labels.Count, labels.Distinct().Count());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/guide/second-step/")]
    [InlineData("/cases/alpha/")]
    [InlineData("/framework/")]
    public void Pages_load_nothing_from_other_sites(string path)
    {
        var page = site.Page(path);
        var resources = page.QuerySelectorAll("link[rel~=stylesheet], link[rel~=icon], link[rel~=preload], script[src], img[src], iframe, video, audio, source, object, embed")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? e.GetAttribute("data") ?? "")
            .ToList();

        Assert.NotEmpty(resources);
        Portfolio.Tests.Shared.Every.Item(resources, url => Assert.True(url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal), $"{url} is not on this site"));
        Assert.Empty(page.QuerySelectorAll("[style]"));
    }

    [Fact]
    public void Main_navigation_marks_the_current_section()
    {
        var step = site.Page("/guide/first-step/").One("header nav.site-nav");
        var guide = site.Page("/guide/").One("header nav.site-nav");

        Assert.Equal("/guide/", step.One("[aria-current]").GetAttribute("href"));
        Assert.Equal("true", step.One("[aria-current]").GetAttribute("aria-current"));
        Assert.Equal("page", guide.One("[aria-current]").GetAttribute("aria-current"));
    }
}
