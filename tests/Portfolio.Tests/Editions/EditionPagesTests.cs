using Portfolio.Diagnostics;
using Portfolio.Tests.Shared;
using Portfolio.Tests.Support;

namespace Portfolio.Tests.Editions;

/// <summary>The Spanish and Portuguese editions mirror every page of the site, link to each other, and say what is not translated yet.</summary>
public sealed class EditionPagesTests : IDisposable
{
    readonly FixtureSite site = FixtureSite.OfRepositoryContent();

    public void Dispose() => site.Dispose();

    static readonly string[] Languages = ["en", "es", "pt"];

    static readonly string[] SamplePaths = ["/", "/cases/ia2/", "/guide/identify-the-problem/", "/framework/"];

    [Theory]
    [InlineData("en", "2,226", "1 December 2026")]
    [InlineData("es", "2.226", "1 de diciembre de 2026")]
    [InlineData("pt", "2.226", "1 de dezembro de 2026")]
    public void Numbers_and_dates_are_written_as_each_language_writes_them(string language, string number, string date)
    {
        var theme = Portfolio.Rendering.Theme.Load(new Portfolio.Content.Discoverer(new Portfolio.Content.PathDisplay(FixtureSite.RepositoryRoot))
            .Discover(Path.Combine(FixtureSite.RepositoryRoot, "content"), Path.Combine(FixtureSite.RepositoryRoot, "themes", "default")).Sources.Theme).Theme;
        var text = Portfolio.Rendering.UiText.For(theme, language);
        Assert.Equal(number, 2226.ToString("N0", text.Culture));
        Assert.Equal(date, new DateOnly(2026, 12, 1).ToString(text.DateFormat, text.Culture));
    }

    static string InEdition(string language, string path) => language == "en" ? path : $"/{language}{path}";

    [Fact]
    public void Every_page_of_the_site_has_a_spanish_and_a_portuguese_page_that_link_to_each_other()
    {
        site.BuildClean();
        var english = site.OutputFiles().Select(f => f.Path).Where(p => p.EndsWith(".html", StringComparison.Ordinal) && !p.StartsWith("es/", StringComparison.Ordinal) && !p.StartsWith("pt/", StringComparison.Ordinal)).ToList();
        Assert.True(english.Count > 40);
        Every.Item(english, path =>
        {
            foreach (var language in Languages.Skip(1))
            {
                Assert.True(File.Exists(Path.Combine(site.OutputDir, language, path)), $"{language}/{path} is missing");
            }
        });

        foreach (var path in SamplePaths)
        {
            foreach (var language in Languages)
            {
                var page = site.Page(InEdition(language, path));
                Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
                var alternates = page.QuerySelectorAll("link[rel=alternate][hreflang]").ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href")!);
                Assert.Equal(["en", "es", "pt", "x-default"], alternates.Keys.Order(StringComparer.Ordinal));
                Assert.Equal(alternates["en"], alternates["x-default"]);
                Assert.EndsWith(InEdition(language, path), page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);

                // Reciprocal: every alternate lists this page back.
                foreach (var other in Languages)
                {
                    var back = site.Page(InEdition(other, path)).QuerySelector($"link[rel=alternate][hreflang={language}]")!.GetAttribute("href");
                    Assert.Equal(alternates[language], back);
                }

                var switcher = page.QuerySelectorAll(".language-switcher a").ToList();
                Assert.Equal(3, switcher.Count);
                Assert.Equal(InEdition(language, path), switcher.Single(a => a.GetAttribute("aria-current") == "true").GetAttribute("href"));
            }
        }
    }

    [Fact]
    public void Each_edition_has_its_own_feed_search_page_and_404_and_the_sitemap_lists_the_alternates()
    {
        site.BuildClean();
        foreach (var language in Languages)
        {
            Assert.True(File.Exists(Path.Combine(site.OutputDir, InEdition(language, "/feed.xml").TrimStart('/'))), $"{language} feed");
            Assert.True(File.Exists(Path.Combine(site.OutputDir, InEdition(language, "/404.html").TrimStart('/'))), $"{language} 404");
            Assert.True(File.Exists(Path.Combine(site.OutputDir, "search", language, "index.json")), $"{language} index");
            Assert.Equal(language, site.Page(InEdition(language, "/search/")).DocumentElement.GetAttribute("lang"));
        }

        var feed = site.Read("output/es/feed.xml");
        Assert.Contains("xml:lang=\"es\"", feed, StringComparison.Ordinal);
        Assert.Contains("/es/cases/ia2/", feed, StringComparison.Ordinal);
        var sitemap = site.Read("output/sitemap.xml");
        Assert.Contains("<loc>https://coproducing-ai.netlify.app/pt/cases/ia2/</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("hreflang=\"es\" href=\"https://coproducing-ai.netlify.app/es/cases/ia2/\"", sitemap, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_numbers_and_metadata_follow_the_editions_language()
    {
        site.BuildClean();
        var spanish = site.Page("/es/cases/ia2/");
        Assert.Contains("de diciembre de 2026", spanish.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("de dezembro de 2026", site.Page("/pt/cases/ia2/").Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("es_LA", spanish.QuerySelector("meta[property='og:locale']")!.GetAttribute("content"));
        Assert.Equal(["en_GB", "pt_BR"], spanish.QuerySelectorAll("meta[property='og:locale:alternate']").Select(m => m.GetAttribute("content")!).Order(StringComparer.Ordinal));
        Assert.Contains("\"inLanguage\":\"es\"", spanish.QuerySelector("script[type='application/ld+json']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Uruguay", site.Page("/es/cases/dinagua/").Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Uruguai", site.Page("/pt/cases/dinagua/").Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_without_a_translation_is_shown_in_the_original_marked_as_such()
    {
        site.Delete("content/cases/conae.pt.md");
        site.BuildClean();

        var page = site.Page("/pt/cases/conae/");
        Assert.Equal("pt", page.DocumentElement.GetAttribute("lang"));
        var note = page.QuerySelector("main .translation-note");
        Assert.NotNull(note);
        var content = page.QuerySelector("main > div[lang=en]");
        Assert.NotNull(content);
        Assert.Contains(site.Read("content/cases/conae.md").Split('\n').First(l => l.StartsWith("summary:", StringComparison.Ordinal))[9..].Trim('"', ' ')[..30], content!.TextContent, StringComparison.Ordinal);
        Assert.Null(site.Page("/es/cases/conae/").QuerySelector("main .translation-note"));
    }

    [Fact]
    public void A_translation_behind_its_original_is_a_warning_that_strict_makes_an_error()
    {
        site.Write("content/cases/ia2.md", site.Read("content/cases/ia2.md") + "\nA sentence added to the original.\n");
        var result = site.Build();
        var behind = result.Diagnostics.Where(d => d.Code == Codes.TranslationBehind).ToList();
        Assert.Equal(["content/cases/ia2.es.md", "content/cases/ia2.pt.md"], behind.Select(d => d.Position.File).Order(StringComparer.Ordinal));
        Every.Item(behind, d => Assert.False(d.IsError));
        Assert.Equal(0, result.ErrorCount);
        Assert.True(site.Build(strict: true).Failed(strict: true));
        Assert.NotNull(site.Page("/es/cases/ia2/").QuerySelector("main .translation-note"));
    }
}
