using System.Text.Json;
using AngleSharp.Html.Dom;
using Portfolio.Tests.Support;

namespace Portfolio.Tests.OpenData;

public sealed class SocialMetadataTests : IDisposable
{
    readonly FixtureSite site = new();

    public void Dispose() => site.Dispose();

    static string Meta(IHtmlDocument page, string property) =>
        page.QuerySelector($"head meta[property='{property}'], head meta[name='{property}']")?.GetAttribute("content")
        ?? throw new Xunit.Sdk.XunitException($"no meta {property}");

    static JsonElement JsonLdOf(IHtmlDocument page)
    {
        var script = Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
        return JsonDocument.Parse(script.TextContent).RootElement;
    }

    [Fact]
    public void Case_page_has_Open_Graph_and_Twitter_card_tags()
    {
        site.BuildClean();

        var page = site.Page("/cases/alpha/");
        Assert.Equal("Alpha", Meta(page, "og:title"));
        Assert.Equal("Alpha helps clinics find patients at risk.", Meta(page, "og:description"));
        Assert.Equal("https://fixture.example.org/cases/alpha/", Meta(page, "og:url"));
        Assert.Equal("Fixture Portfolio", Meta(page, "og:site_name"));
        Assert.Equal("en_GB", Meta(page, "og:locale"));
        Assert.Equal("article", Meta(page, "og:type"));
        Assert.Equal("summary_large_image", Meta(page, "twitter:card"));
        Assert.Equal("1200", Meta(page, "og:image:width"));
        Assert.Equal("630", Meta(page, "og:image:height"));
        Assert.False(string.IsNullOrWhiteSpace(Meta(page, "og:image:alt")));

        var image = Meta(page, "og:image");
        Assert.StartsWith("https://fixture.example.org/assets/img/social.", image, StringComparison.Ordinal);
        var bytes = File.ReadAllBytes(Path.Combine(site.OutputDir, image["https://fixture.example.org/".Length..]));
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
    }

    [Fact]
    public void Case_page_describes_the_project_in_JSON_LD()
    {
        site.BuildClean();

        var project = JsonLdOf(site.Page("/cases/beta/"));
        Assert.Equal("https://schema.org", project.GetProperty("@context").GetString());
        Assert.Equal("Project", project.GetProperty("@type").GetString());
        Assert.Equal("Beta", project.GetProperty("name").GetString());
        Assert.Equal("Beta maps water intakes for the water authority.", project.GetProperty("description").GetString());
        Assert.Equal("https://fixture.example.org/cases/beta/", project.GetProperty("url").GetString());
        var areas = project.GetProperty("areaServed").EnumerateArray().ToList();
        Portfolio.Tests.Shared.Every.Item(areas, a => Assert.Equal("Country", a.GetProperty("@type").GetString()));
        Assert.Equal(["Uruguay", "Brazil"], areas.Select(a => a.GetProperty("name").GetString()));
        var member = Assert.Single(project.GetProperty("member").EnumerateArray());
        Assert.Equal("Organization", member.GetProperty("@type").GetString());
        Assert.Equal("Beta Water Authority", member.GetProperty("name").GetString());
        Assert.False(project.TryGetProperty("funder", out _), "the fixture names no programme funders");
    }

    [Fact]
    public void Cases_of_the_funded_programme_name_its_funders()
    {
        site.Write("content/data/site.yml", site.Read("content/data/site.yml").Replace("  publisher: Fixture Press", "  publisher: Fixture Press\n  programme: Fixture", StringComparison.Ordinal));
        site.Write("content/data/programme.yml", site.Read("content/data/programme.yml") +
            "\nfunders:\n  - name: Fixture Foundation\n    url: https://foundation.example.org/\n");

        site.BuildClean();

        var funder = Assert.Single(JsonLdOf(site.Page("/cases/alpha/")).GetProperty("funder").EnumerateArray());
        Assert.Equal("Fixture Foundation", funder.GetProperty("name").GetString());
        Assert.Equal("https://foundation.example.org/", funder.GetProperty("url").GetString());
        Assert.False(JsonLdOf(site.Page("/cases/beta/")).TryGetProperty("funder", out _), "beta names no programme");
    }

    [Fact]
    public void Home_page_describes_the_web_site_and_the_data_set_in_JSON_LD()
    {
        site.BuildClean();

        var graph = JsonLdOf(site.Page("/")).GetProperty("@graph").EnumerateArray().ToList();
        var website = graph.Single(n => n.GetProperty("@type").GetString() == "WebSite");
        Assert.Equal("Fixture Portfolio", website.GetProperty("name").GetString());
        Assert.Equal("https://fixture.example.org/", website.GetProperty("url").GetString());

        var dataset = graph.Single(n => n.GetProperty("@type").GetString() == "Dataset");
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", dataset.GetProperty("license").GetString());
        Assert.Equal("https://fixture.example.org/data/", dataset.GetProperty("url").GetString());
        Assert.False(string.IsNullOrWhiteSpace(dataset.GetProperty("description").GetString()));
        var downloads = dataset.GetProperty("distribution").EnumerateArray().ToDictionary(d => d.GetProperty("encodingFormat").GetString()!, d => d.GetProperty("contentUrl").GetString());
        Portfolio.Tests.Shared.Every.Item(dataset.GetProperty("distribution").EnumerateArray(), d => Assert.Equal("DataDownload", d.GetProperty("@type").GetString()));
        Assert.Equal("https://fixture.example.org/data/cases.json", downloads["application/json"]);
        Assert.Equal("https://fixture.example.org/data/cases.csv", downloads["text/csv"]);
    }

    [Fact]
    public void The_404_page_offers_nothing_to_share()
    {
        site.BuildClean();

        var page = site.Page("/404.html");
        Assert.Null(page.QuerySelector("meta[property='og:url']"));
        Assert.Null(page.QuerySelector("script[type='application/ld+json']"));
    }
}
