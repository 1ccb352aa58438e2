using System.Xml.Linq;
using Portfolio.Tests.Support;

namespace Portfolio.Tests.OpenData;

public sealed class PlumbingTests : IDisposable
{
    static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    readonly FixtureSite site = new();

    public void Dispose() => site.Dispose();

    XDocument Xml(string path) => XDocument.Parse(site.Read("output/" + path));

    [Fact]
    public void Sitemap_lists_every_page_but_the_404_and_the_printable_guide_by_absolute_url()
    {
        site.BuildClean();

        var sitemap = Xml("sitemap.xml");
        Assert.Equal(Sitemap + "urlset", sitemap.Root!.Name);
        var locations = sitemap.Root.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value).ToList();
        var pages = site.OutputFiles().Where(f => f.IsHtml && f.Path is not ("404.html" or "guide/print/index.html"))
            .Select(f => "https://fixture.example.org/" + (f.Path == "index.html" ? "" : f.Path[..^"index.html".Length]));
        Assert.Equal(pages.Order(StringComparer.Ordinal), locations);
        Assert.DoesNotContain(locations, l => l.Contains("404", StringComparison.Ordinal));
    }

    [Fact]
    public void Sitemap_gives_lastmod_from_last_reviewed()
    {
        site.BuildClean();

        var urls = Xml("sitemap.xml").Root!.Elements(Sitemap + "url").ToDictionary(u => u.Element(Sitemap + "loc")!.Value, u => u.Element(Sitemap + "lastmod")?.Value);
        Assert.Equal("2026-01-15", urls["https://fixture.example.org/cases/alpha/"]);
        Assert.Equal("2026-02-01", urls["https://fixture.example.org/cases/beta/"]);
    }

    [Fact]
    public void Robots_txt_allows_crawling_and_points_to_the_sitemap()
    {
        site.BuildClean();

        var lines = site.Read("output/robots.txt").Split('\n');
        Assert.Contains("User-agent: *", lines);
        Assert.Contains("Sitemap: https://fixture.example.org/sitemap.xml", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("Disallow: /", StringComparison.Ordinal) && l.Length > "Disallow: ".Length);
    }

    [Fact]
    public void Feed_is_Atom_with_one_entry_per_case_newest_first()
    {
        site.BuildClean();

        var feed = Xml("feed.xml").Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("https://fixture.example.org/feed.xml", feed.Element(Atom + "id")!.Value);
        Assert.Equal("Fixture Portfolio", feed.Element(Atom + "title")!.Value);
        Assert.Equal("2026-02-01T00:00:00Z", feed.Element(Atom + "updated")!.Value);
        Assert.NotEmpty(feed.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        Assert.Contains(feed.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self" && (string?)l.Attribute("href") == "https://fixture.example.org/feed.xml");

        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(["Beta", "Alpha"], entries.Select(e => e.Element(Atom + "title")!.Value));
        var beta = entries[0];
        Assert.Equal("https://fixture.example.org/cases/beta/", beta.Element(Atom + "id")!.Value);
        Assert.Equal("2026-02-01T00:00:00Z", beta.Element(Atom + "updated")!.Value);
        Assert.Equal("https://fixture.example.org/cases/beta/", (string?)beta.Element(Atom + "link")!.Attribute("href"));
        Assert.Equal("Beta maps water intakes for the water authority.", beta.Element(Atom + "summary")!.Value);
        Portfolio.Tests.Shared.Every.Item(entries, e => Assert.True(DateTimeOffset.TryParse(e.Element(Atom + "updated")!.Value, out _)));
    }

    [Fact]
    public void Every_page_head_links_the_feed()
    {
        site.BuildClean();

        foreach (var path in new[] { "/", "/cases/alpha/", "/data/", "/guide/" })
        {
            var link = site.Page(path).QuerySelector("head link[rel=alternate][type='application/atom+xml']");
            Assert.NotNull(link);
            Assert.Equal("/feed.xml", link.GetAttribute("href"));
            Assert.False(string.IsNullOrWhiteSpace(link.GetAttribute("title")));
        }
    }

    [Fact]
    public void A_site_below_a_folder_gets_the_folder_once_in_every_absolute_url()
    {
        var result = site.Build(baseUrl: "https://example.org/portfolio/");
        Assert.Equal(0, result.ErrorCount);

        Portfolio.Tests.Shared.Every.Item(Xml("sitemap.xml").Root!.Descendants(Sitemap + "loc"), l => Assert.StartsWith("https://example.org/portfolio/", l.Value, StringComparison.Ordinal));
        Assert.Contains("Sitemap: https://example.org/portfolio/sitemap.xml", site.Read("output/robots.txt"), StringComparison.Ordinal);
        var page = site.Page("/cases/alpha/");
        Assert.Equal("/portfolio/feed.xml", page.QuerySelector("link[type='application/atom+xml']")!.GetAttribute("href"));
        var image = page.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!;
        Assert.StartsWith("https://example.org/portfolio/assets/img/social.", image, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.OutputDir, image["https://example.org/portfolio/".Length..])));
    }
}
