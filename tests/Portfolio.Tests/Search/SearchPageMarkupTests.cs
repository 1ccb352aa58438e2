using Portfolio.Tests.Support;
using static Portfolio.Tests.Search.SearchFixture;

namespace Portfolio.Tests.Search;

/// <summary>The search page's markup and what the index reads from pages (the browser tests check behaviour).</summary>
public sealed class SearchPageMarkupTests : IDisposable
{
    readonly FixtureSite site = new();

    public void Dispose() => site.Dispose();

    [Fact]
    public void The_search_page_has_one_search_box_and_other_pages_keep_the_header_box()
    {
        site.BuildClean();

        var search = site.Page("/search/");
        Assert.Single(search.QuerySelectorAll("form[role=search]"));
        Assert.Single(search.QuerySelectorAll("input[type=search]"));
        Assert.Null(search.QuerySelector("header form"));
        Assert.NotNull(site.Page("/about/").QuerySelector("header form[role=search] input#site-search"));
        Assert.NotNull(site.Page("/cases/alpha/").QuerySelector("header form[role=search]"));
    }

    [Fact]
    public void Results_come_before_the_filters_in_the_page()
    {
        site.BuildClean();

        var layout = site.Page("/search/").QuerySelector("[data-search-ui]")!;
        Assert.Equal(["section", "details"], layout.Children.Select(c => c.LocalName));
        Assert.NotNull(layout.Children[0].QuerySelector("[data-search-results]"));
        Assert.NotNull(layout.Children[1].QuerySelector("[data-search-facets]"));
    }

    [Fact]
    public void The_search_page_names_the_stemmer_module_of_every_language_the_index_can_ask_for()
    {
        site.BuildClean();

        var root = site.Page("/search/").QuerySelector("[data-search]")!;
        foreach (var algorithm in new[] { "english", "spanish", "portuguese" })
        {
            var module = root.GetAttribute($"data-stemmer-{algorithm}");
            Assert.Matches($"^/assets/js/snowball/{algorithm}\\.[0-9a-f]{{10}}\\.js$", module);
            Assert.True(System.IO.File.Exists(Path.Combine(site.OutputDir, module!.TrimStart('/'))), module);
        }
    }

    [Fact]
    public void Words_of_adjacent_inline_elements_do_not_run_together_in_the_index()
    {
        // The case page lays out a partner's name and role as <span>Alpha Clinic</span><span>owns the data</span>.
        var text = Parse(File(SearchFiles(site), "d/0.json"))["sections"]!.ToJsonString();

        Assert.Contains("Alpha Clinic owns the data", text, StringComparison.Ordinal);
    }
}
