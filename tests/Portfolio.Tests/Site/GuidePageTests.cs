using Portfolio.Tests.Support;

namespace Portfolio.Tests.Site;

public sealed class GuidePageTests(BuiltFixture site) : IClassFixture<BuiltFixture>
{
    [Fact]
    public void Guide_overview_lists_every_step_with_its_question_and_how_many_cases_illustrate_it()
    {
        var steps = site.Page("/guide/").QuerySelectorAll("main ol.step-overview > li");

        Assert.Equal(["First step", "Second step"], steps.Select(s => s.One("h2").Text()));
        Assert.Contains("Why start?", steps[0].Text(), StringComparison.Ordinal);
        Assert.Equal("2 cases illustrate this step", steps[0].One(".meta").Text());
        Assert.Equal("1 case illustrates this step", steps[1].One(".meta").Text());
    }

    [Fact]
    public void Step_page_shows_its_number_key_question_and_summary()
    {
        var page = site.Page("/guide/first-step/");

        Assert.Equal("First step", page.One("main h1").Text());
        Assert.Equal("Step 1 of 2", page.One("main .eyebrow").Text());
        Assert.Equal("Key question Why start?", page.One("main .key-question").Text());
        Assert.Equal("The first step of the fixture guide.", page.One("main .lede").Text());
    }

    [Fact]
    public void Step_page_shows_its_question_boxes_with_the_figure_they_come_from()
    {
        var box = site.Page("/guide/first-step/").One("main section.box");

        Assert.Equal("Questions to ask", box.One("h2").Text());
        Assert.Equal("Figure 3 of the source guide", box.One(".figure-source").Text());
        Assert.Equal(["Who is it for?", "What does it change?"], box.Texts("li"));
    }

    [Theory]
    [InlineData("/guide/first-step/", new[] { "/cases/alpha/", "/cases/beta/" })]
    [InlineData("/guide/second-step/", new[] { "/cases/beta/" })]
    public void Step_page_links_every_case_that_illustrates_it(string step, string[] cases)
    {
        var section = site.Page(step).One("main section[aria-labelledby=examples-title]");

        Assert.Equal(cases, section.Hrefs(".case-card h3 a"));
    }

    [Fact]
    public void Step_sidebar_marks_the_current_step_and_only_it()
    {
        var nav = site.Page("/guide/second-step/").One("main nav.sidebar");

        var current = Assert.Single(nav.QuerySelectorAll("[aria-current]"));
        Assert.Equal("page", current.GetAttribute("aria-current"));
        Assert.Equal("/guide/second-step/", current.GetAttribute("href"));
        Assert.Equal(2, nav.QuerySelectorAll("ol.step-nav a").Length);
    }

    [Fact]
    public void Steps_link_to_their_neighbours()
    {
        var first = site.Page("/guide/first-step/").One("main nav.pager");
        var second = site.Page("/guide/second-step/").One("main nav.pager");

        Assert.Equal(["/guide/second-step/"], first.Hrefs("a"));
        Assert.Equal("next", first.One("a").GetAttribute("rel"));
        Assert.Equal("Next step", first.One("a .pager-label").Text());
        Assert.Equal("/guide/first-step/", second.One("a.pager-prev").GetAttribute("href"));
        Assert.Equal("prev", second.One("a.pager-prev").GetAttribute("rel"));
    }

    [Fact]
    public void The_last_step_leads_back_to_the_first_to_start_the_next_round()
    {
        var round = site.Page("/guide/second-step/").One("main nav.pager a.pager-next");

        Assert.Equal("/guide/first-step/", round.GetAttribute("href"));
        Assert.Equal("Start the next round", round.One(".pager-label").Text());
        Assert.Equal("First step", round.One(".pager-title").Text());
        Assert.Null(round.GetAttribute("rel"));
    }

    [Fact]
    public void A_closing_paragraph_that_leads_to_the_next_step_comes_at_the_end_beside_the_pager()
    {
        var page = site.Page("/guide/first-step/");
        var body = page.One("main .doc-body");

        var onward = page.One("main .doc-body > .onward");
        Assert.Equal("Starting", onward.One("h2").Text());
        Assert.Equal(["/guide/second-step/"], onward.Hrefs("a"));
        Assert.Same(onward, page.One("main .doc-body > nav.pager").PreviousElementSibling);
        var order = body.Children.ToList();
        Assert.True(order.IndexOf(onward) > order.IndexOf(page.One("main section[aria-labelledby=examples-title]")), "the way on comes after the examples");
        Assert.Null(page.One("main .doc-body > .prose:not(.onward)").QuerySelector("h2#starting"));
        Assert.Null(site.Page("/guide/second-step/").QuerySelector("main .onward"));
    }

    [Fact]
    public void A_step_shows_the_matrix_it_names()
    {
        var first = site.Page("/guide/first-step/");
        var second = site.Page("/guide/second-step/");

        Assert.NotNull(first.QuerySelector("main table.capacity-matrix"));
        Assert.Null(first.QuerySelector("main table.matrix"));
        Assert.NotNull(second.QuerySelector("main table.matrix td#group-co-design a[href='/cases/alpha/']"));
        Assert.Null(second.QuerySelector("main table.capacity-matrix"));
    }

    [Fact]
    public void Step_outline_links_to_the_sections_of_the_page()
    {
        var page = site.Page("/guide/first-step/");
        var targets = page.Hrefs("main nav.toc a");

        Assert.Equal(["#box-1", "#capacity-title", "#examples-title", "#starting"], targets);
        Portfolio.Tests.Shared.Every.Item(targets, t => Assert.NotNull(page.GetElementById(t[1..])));
    }

    [Fact]
    public void Step_without_a_key_question_shows_no_empty_key_question_anywhere()
    {
        using var fixture = new FixtureSite();
        fixture.Write("content/guide/02-second-step.md", fixture.Read("content/guide/02-second-step.md").Replace("key_question: What next?\n", "", StringComparison.Ordinal));

        fixture.BuildClean();

        Assert.Null(fixture.Page("/guide/second-step/").QuerySelector("main .key-question"));
        Assert.Equal("Key question Why start?", fixture.Page("/guide/first-step/").One("main .key-question").Text());
        var overview = fixture.Page("/guide/").QuerySelectorAll("main ol.step-overview > li");
        Assert.NotNull(overview[0].QuerySelector(".step-question"));
        Assert.Null(overview[1].QuerySelector(".step-question"));
        var sequence = fixture.Page("/").QuerySelectorAll("main ol.step-sequence > li");
        Assert.Equal(["Why start?"], sequence.SelectMany(s => s.Texts(".step-question")));
    }

    [Fact]
    public void Guide_overview_links_the_conclusion_only_when_the_site_has_one()
    {
        Assert.Null(site.Page("/guide/").QuerySelector("main .conclusion-link"));

        using var fixture = new FixtureSite();
        fixture.Write("content/pages/conclusion.md", "---\ntitle: Conclusion\nsummary: What the guide concludes.\n---\n## In short\n\nIt works.\n");
        fixture.BuildClean();

        Assert.Equal(["/conclusion/"], fixture.Page("/guide/").Hrefs("main .conclusion-link a"));
    }
}
