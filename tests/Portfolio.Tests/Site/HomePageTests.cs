using Portfolio.Tests.Support;

namespace Portfolio.Tests.Site;

public sealed class HomePageTests(BuiltFixture site) : IClassFixture<BuiltFixture>
{
    [Fact]
    public void Home_says_what_the_guide_is_and_leads_into_it()
    {
        var page = site.Page("/");

        Assert.Equal("Fixture Portfolio", page.One("main h1").Text());
        Assert.Equal("A fixture site with two cases and two guide steps.", page.One("main .lede").Text());
        Assert.Contains("/guide/", page.Hrefs("main .hero-actions a"));
    }

    [Fact]
    public void Home_shows_the_steps_in_order_with_their_key_questions()
    {
        var steps = site.Page("/").QuerySelectorAll("main ol.step-sequence > li");

        Assert.Equal(["/guide/first-step/", "/guide/second-step/"], steps.Select(s => s.One("a").GetAttribute("href")));
        Assert.Equal("Why start?", steps[0].One(".step-question").Text());
    }

    [Fact]
    public void Home_features_the_cases_named_in_the_settings()
    {
        var page = site.Page("/");

        Assert.Equal(["Alpha"], page.Texts("main .case-card h3 a"));
        Assert.Equal("See all 2 cases", page.One("main .more a").Text());
    }

    [Fact]
    public void Home_counts_the_steps_cases_countries_and_proposals()
    {
        var stats = site.Page("/").Texts("main .stats li");

        Assert.Equal(["2 steps", "2 cases", "3 countries", "10 proposals to the open call"], stats);
    }

    [Fact]
    public void Programme_charts_are_images_with_a_text_alternative_and_a_table_of_the_numbers()
    {
        var figure = site.Page("/").QuerySelectorAll("main figure.chart-figure")[0];
        var svg = figure.One("svg");

        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("chart-sector-title chart-sector-desc", svg.GetAttribute("aria-labelledby"));
        Assert.Equal("Proposals by applicant sector", svg.One("title").Text());
        Assert.Contains("Private sector: 60 %; Government: 40 %", svg.One("desc").Text(), StringComparison.Ordinal);
        Assert.Equal(["Private sector", "Government"], figure.Texts("table tbody th[scope=row]"));
        Assert.Equal(["60 %", "40 %"], figure.Texts("table tbody td"));
    }

    [Fact]
    public void Chart_bars_are_as_long_as_their_values_relative_to_the_largest()
    {
        var bars = site.Page("/").QuerySelectorAll("svg#chart-topic rect.chart-bar")
            .Select(r => double.Parse(r.GetAttribute("width")!, System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        Assert.Equal(2, bars.Length);
        Assert.Equal(3.0 / 7.0, bars[1] / bars[0], precision: 2);
    }

    [Fact]
    public void Home_links_the_guides_conclusion_only_when_the_site_has_one()
    {
        Assert.Null(site.Page("/").QuerySelector("main .conclusion-link"));

        using var fixture = new FixtureSite();
        fixture.Write("content/pages/conclusion.md", "---\ntitle: Conclusion\nsummary: What the guide concludes.\n---\n## In short\n\nIt works.\n");
        fixture.BuildClean();

        var link = fixture.Page("/").One("main section[aria-labelledby=steps-title] .conclusion-link a");
        Assert.Equal("/conclusion/", link.GetAttribute("href"));
        Assert.False(string.IsNullOrWhiteSpace(link.Text()));
    }

    [Fact]
    public void A_note_on_the_programme_figures_is_shown_under_its_chart_only()
    {
        Assert.Empty(site.Page("/").QuerySelectorAll("main .figure-note"));

        using var fixture = new FixtureSite();
        fixture.Write("content/data/programme.yml", fixture.Read("content/data/programme.yml").Replace(
            "  by_topic:\n", "  by_topic_note: The topic counts add up to more than the proposals.\n  by_topic:\n", StringComparison.Ordinal));
        fixture.BuildClean();

        var figures = fixture.Page("/").QuerySelectorAll("main figure.chart-figure");
        Assert.Null(figures[0].QuerySelector(".figure-note"));
        Assert.Equal("The topic counts add up to more than the proposals.", figures[1].One(".figure-note").Text());
    }
}
