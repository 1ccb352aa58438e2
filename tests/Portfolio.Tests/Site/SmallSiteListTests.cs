using Portfolio.Tests.Support;

namespace Portfolio.Tests.Site;

/// <summary>At the real portfolio's seven cases nothing looks paged: one page per list, every case shown where it belongs.</summary>
public sealed class SmallSiteListTests : IDisposable
{
    readonly FixtureSite site = FixtureSite.OfRepositoryContent();

    public SmallSiteListTests() => site.BuildClean();

    public void Dispose() => site.Dispose();

    [Fact]
    public void Nothing_is_split_into_pages_and_nothing_is_cut_short()
    {
        var pages = Directory.EnumerateFiles(site.OutputDir, "*.html", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(site.OutputDir, p)).ToList();

        Assert.DoesNotContain(pages, p => p.Contains("/page/", StringComparison.Ordinal) || p.Contains("/examples/", StringComparison.Ordinal));
        Portfolio.Tests.Shared.Every.Item(pages, p => Assert.Null(site.Page("/" + p.Replace("index.html", "", StringComparison.Ordinal)).QuerySelector("nav.pagination")));
        Assert.Empty(site.Page("/framework/").QuerySelectorAll(".more-cases"));
        Assert.Equal(7, site.Page("/cases/").QuerySelectorAll("#case-list .case-card").Length);
        Assert.Equal("7 cases", site.Page("/cases/").One("#case-count").Text());
        Assert.Equal(7, site.Page("/beneficiaries/").QuerySelectorAll("table.beneficiaries tbody tr").Length);
    }

    [Fact]
    public void Every_step_shows_its_examples()
    {
        // The steps as the guide's index lists them (the guide's folder also holds the worksheet and the printable guide).
        var steps = site.Page("/guide/").QuerySelectorAll("main .step-overview h2 a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(steps);
        foreach (var step in steps)
        {
            var examples = site.Page(step).One("main section[aria-labelledby=examples-title]");
            Assert.NotEmpty(examples.QuerySelectorAll(".case-card"));
            Assert.Null(examples.QuerySelector(".more"));
        }
    }

    [Fact]
    public void The_home_page_offers_to_browse_every_theme_country_and_level()
    {
        var browse = site.Page("/").One("main nav.browse");

        Assert.Equal(8, browse.QuerySelectorAll("[data-browse=theme] a").Length);
        Assert.Equal(7, browse.QuerySelectorAll("[data-browse=country] a").Length);
        Assert.Equal(["/framework/#row-individual", "/framework/#row-group", "/framework/#row-collective"], browse.One("[data-browse=level]").Hrefs("a"));
        Assert.Null(browse.QuerySelector(".browse-all"));
        Assert.NotNull(site.Page("/framework/").GetElementById("row-collective"));
    }
}
