using Portfolio.Tests.Support;

namespace Portfolio.Tests.Pipeline;

public sealed class EndToEndTests : IDisposable
{
    readonly FixtureSite site = new();

    public void Dispose() => site.Dispose();

    [Fact]
    public void Fixture_site_builds_every_page_kind()
    {
        var result = site.BuildClean();

        Assert.True(result.Written);
        foreach (var path in new[] { "/", "/guide/", "/guide/first-step/", "/cases/", "/cases/alpha/", "/framework/", "/beneficiaries/",
                     "/countries/", "/countries/ar/", "/themes/", "/themes/health/", "/about/", "/404.html" })
        {
            var page = site.Page(path);
            Assert.Single(page.QuerySelectorAll("h1"));
            Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
            Assert.NotNull(page.QuerySelector("a.skip-link[href='#main']"));
            Assert.NotNull(page.QuerySelector("main#main"));
        }
    }

    [Fact]
    public void Case_page_shows_the_case_title_summary_and_body()
    {
        site.BuildClean();

        var page = site.Page("/cases/alpha/");
        Assert.Equal("Alpha", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Alpha helps clinics find patients at risk.", page.QuerySelector("main .lede")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("main h2#what-it-does"));
        Assert.Equal("Alpha · Fixture Portfolio", page.Title);
    }
}
