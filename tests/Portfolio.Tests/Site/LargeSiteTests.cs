using System.Collections.Immutable;
using System.IO.Compression;
using AngleSharp.Html.Dom;
using Portfolio.Model;
using Portfolio.Rendering;

namespace Portfolio.Tests.Site;

/// <summary>
/// At thousands of cases every page stays light and every case stays within reach: lists are split into pages at
/// stable addresses (<c>/cases/page/2/</c>), places that show a few cases of many link to the rest.
/// </summary>
public sealed class LargeSiteTests(LargeSite large) : IClassFixture<LargeSite>
{
    const int MaxGzippedPage = 100 * 1024;

    IHtmlDocument Page(string sitePath) => large.Site.Page(sitePath);

    ImmutableHashSet<string> AllCaseUrls() =>
    [
        .. Directory.GetDirectories(Path.Combine(large.OutputDir, "cases")).Select(d => Path.GetFileName(d)).Where(n => n != "page").Select(Urls.Case),
    ];

    [Fact]
    public void Every_html_page_is_at_most_100_KB_gzipped()
    {
        var sizes = Directory.EnumerateFiles(large.OutputDir, "*.html", SearchOption.AllDirectories)
            .Select(path => (Path: Path.GetRelativePath(large.OutputDir, path), Bytes: Gzipped(path)))
            .OrderByDescending(p => p.Bytes)
            .ToList();

        Assert.True(sizes.Count > LargeSite.Generated, $"only {sizes.Count} pages were built");
        Assert.True(sizes[0].Bytes <= MaxGzippedPage, $"{sizes[0].Path} is {sizes[0].Bytes:N0} bytes gzipped");
    }

    [Fact]
    public void Every_case_is_reachable_from_the_case_index_through_its_pages()
    {
        var (pages, cases) = Crawl(Urls.Cases);

        Assert.True(pages.Count >= (LargeSite.Generated + Paging.CasesPerPage - 1) / Paging.CasesPerPage, $"{pages.Count} pages");
        Assert.Equal(AllCaseUrls().Order(StringComparer.Ordinal), cases.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("uy")]
    public void A_country_lists_every_one_of_its_cases_across_its_pages(string country)
    {
        var (pages, cases) = Crawl(Urls.Country(country));

        Assert.True(pages.Count > 1);
        Assert.Superset(large.Cases.Where(c => c.Countries.Contains(country)).Select(c => Urls.Case(c.Slug)).ToHashSet(), cases);
        Assert.Equal(large.Cases.Count(c => c.Countries.Contains(country)), cases.Count(c => c.Contains("/generated-", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_theme_lists_every_one_of_its_cases_across_its_pages()
    {
        var (_, cases) = Crawl(Urls.Theme("water"));

        Assert.Equal(large.Cases.Where(c => c.Themes.Contains("water")).Select(c => Urls.Case(c.Slug)).Order(StringComparer.Ordinal),
            cases.Where(c => c.Contains("/generated-", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_beneficiaries_table_has_a_row_for_every_case_across_its_pages()
    {
        var (pages, cases) = Crawl(Urls.Beneficiaries);

        Assert.True(pages.Count > 1);
        Assert.Equal(AllCaseUrls().Order(StringComparer.Ordinal), cases.Order(StringComparer.Ordinal));
        Assert.Equal(Paging.CasesPerPage, Page("/beneficiaries/page/2/").QuerySelectorAll("main table.beneficiaries tbody tr").Length);
    }

    [Fact]
    public void A_step_shows_its_first_examples_and_links_to_pages_of_all_of_them()
    {
        var step = Page("/guide/prototype/");
        var section = step.One("main section[aria-labelledby=examples-title]");
        var expected = large.Cases.Count(c => c.Steps.Contains("prototype")) + RealCasesIllustrating("prototype");

        Assert.Equal(Paging.ExamplesPerStep, section.QuerySelectorAll(".case-card").Length);
        var all = section.One(".more a");
        Assert.Equal("/guide/prototype/examples/", all.GetAttribute("href"));
        Assert.Equal($"See all {expected:N0} cases that illustrate this step", all.Text());
        var (_, cases) = Crawl("/guide/prototype/examples/");
        Assert.Equal(expected, cases.Count);
        Assert.Equal(["/", "/guide/", "/guide/prototype/"], Page("/guide/prototype/examples/").Hrefs("main nav.breadcrumb a"));
    }

    [Fact]
    public void A_matrix_cell_lists_its_first_cases_and_links_to_the_rest_through_the_search_filters()
    {
        var cell = Page("/framework/").One("table.matrix td#group-co-design");
        var total = large.Cases.Count(c => c.Level == "group" && c.Phases.Contains("co-design")) + 1; // GobLab UAI + SMA

        Assert.Equal(Paging.CasesPerCell, cell.QuerySelectorAll("li:not(.more-cases) a").Length);
        var more = cell.One("li.more-cases a");
        Assert.Equal($"{total - Paging.CasesPerCell:N0} more cases", more.Text());
        Assert.Equal("/search/?level=group&phase=co-design", more.GetAttribute("href"));
    }

    [Fact]
    public void Pages_of_a_list_have_stable_addresses_titles_and_a_pager_that_says_where_the_reader_is()
    {
        var count = (large.Cases.Length + 7 + Paging.CasesPerPage - 1) / Paging.CasesPerPage;
        var second = Page("/cases/page/2/");
        var last = Page($"/cases/page/{count}/");

        Assert.False(File.Exists(Path.Combine(large.OutputDir, "cases", "page", "1", "index.html")));
        Assert.False(File.Exists(Path.Combine(large.OutputDir, "cases", "page", (count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "index.html")));
        Assert.Equal($"Cases, page 2 of {count}", second.One("main h1").Text());
        Assert.StartsWith($"Cases, page 2 of {count}", second.Title, StringComparison.Ordinal);
        Assert.Equal($"Cases 49–96 of {large.Cases.Length + 7:N0}", second.One("#case-count").Text());
        var pager = second.One("main nav.pagination");
        Assert.Equal($"Page 2 of {count}", pager.One(".pagination-status").Text());
        Assert.Equal("/cases/page/2/", pager.One("a[aria-current=page]").GetAttribute("href"));
        Assert.Equal("/cases/", pager.One("a[rel=prev]").GetAttribute("href"));
        Assert.Equal("/cases/page/3/", pager.One("a[rel=next]").GetAttribute("href"));
        Assert.Null(last.QuerySelector("main nav.pagination a[rel=next]"));
        Assert.Equal($"/cases/page/{count}/", Page("/cases/").QuerySelectorAll("main nav.pagination a:not([rel])")[^1].GetAttribute("href"));
    }

    [Fact]
    public void The_filters_of_a_paged_case_index_search_every_case()
    {
        var form = Page("/cases/page/3/").One("main form[data-case-filters]");

        Assert.Equal("/search/", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.True(form.HasAttribute("data-paged"));
        Assert.Equal(large.Cases.Count(c => c.Countries.Contains("cl")) + 1,
            int.Parse(form.One("fieldset[data-facet=country] input[value=cl]").ParentElement!.One(".facet-count").Text(), System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_home_page_lists_the_themes_and_countries_with_most_cases_and_links_the_rest()
    {
        var countries = Page("/").One("main nav.browse [data-browse=country]");

        Assert.Equal(12, countries.QuerySelectorAll(".browse-list a").Length);
        Assert.Equal("All 14 countries", countries.One(".browse-all a").Text());
        Assert.Equal("/countries/", countries.One(".browse-all a").GetAttribute("href"));
        var counts = countries.Texts(".browse-list .count").Select(c => int.Parse(c, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(counts.OrderDescending(), counts);
    }

    [Fact]
    public void A_markdown_table_in_a_case_is_written_to_stack_on_a_phone_with_each_cell_labelled()
    {
        var table = Page("/cases/" + large.Cases[0].Slug + "/").One("main .prose .table-wrap > table.stack");

        Assert.Equal(["Data set", "Publisher", "Updated"], table.Texts("thead th[scope=col]"));
        Assert.Equal(["Data set", "Publisher", "Updated"], table.QuerySelectorAll("tbody td").Select(td => td.GetAttribute("data-label")));
        Assert.Equal("align-right", table.One("tbody td:last-child").ClassName);
        Assert.Empty(table.QuerySelectorAll("[style]"));
    }

    int RealCasesIllustrating(string step) =>
        Directory.GetFiles(Path.Combine(large.Site.ContentDir, "cases"), "*.md")
            .Where(f => !Path.GetFileName(f).StartsWith("generated-", StringComparison.Ordinal))
            .Count(f => File.ReadLines(f).Any(l => l.StartsWith("illustrates:", StringComparison.Ordinal) && l.Contains(step, StringComparison.Ordinal)));

    /// <summary>
    /// Follows the pager links of a list from its first page, never leaving the list, and collects the case pages it
    /// links. Case pages themselves are not followed: their previous and next links would reach every case anyway.
    /// </summary>
    (List<string> Pages, HashSet<string> Cases) Crawl(string list)
    {
        var pages = new List<string>();
        var cases = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([list]);
        var seen = new HashSet<string>([list], StringComparer.Ordinal);
        while (queue.TryDequeue(out var url))
        {
            pages.Add(url);
            foreach (var href in Page(url).Hrefs("main a"))
            {
                if (href.StartsWith(list + "page/", StringComparison.Ordinal) && seen.Add(href))
                {
                    queue.Enqueue(href);
                }
                else if (href.StartsWith(Urls.Cases, StringComparison.Ordinal) && !href.StartsWith(Urls.Cases + "page/", StringComparison.Ordinal) && href != Urls.Cases)
                {
                    cases.Add(href);
                }
            }
        }

        return (pages, cases);
    }

    static int Gzipped(string path)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            using var file = File.OpenRead(path);
            file.CopyTo(gzip);
        }

        return (int)buffer.Length;
    }
}
