using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portfolio.BrowserTests;

/// <summary>
/// Lists split into pages, in a browser: they work without script, their filters reach every case through the
/// search page, and the new page kinds pass axe in both schemes.
/// </summary>
[Collection(BrowserSite.Name)]
public sealed class PagedListTests(Chromium chromium, PagedSite site) : IClassFixture<PagedSite>
{
    static readonly AxeRunOptions Wcag22AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    public static TheoryData<string, string> PagedPages()
    {
        var data = new TheoryData<string, string>();
        foreach (var path in new[] { "/cases/page/2/", "/countries/ar/page/2/", "/beneficiaries/page/2/", "/guide/prototype/examples/", "/framework/", "/countries/ar/" })
        {
            data.Add(path, "light");
            data.Add(path, "dark");
        }

        return data;
    }

    [SkippableFact]
    public async Task A_reader_without_script_pages_through_the_cases_with_the_pager()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var context = await chromium.Browser!.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/cases/");
        var first = await page.Locator("#case-list .case-card h3 a").AllInnerTextsAsync();

        await page.Locator("nav.pagination a[rel=next]").ClickAsync();

        await Expect(page).ToHaveURLAsync(site.BaseUrl + "/cases/page/2/");
        await Expect(page.Locator("#case-list .case-card")).ToHaveCountAsync(48);
        await Expect(page.Locator("nav.pagination a[aria-current=page]")).ToHaveTextAsync("Page 2");
        Assert.Empty(first.Intersect(await page.Locator("#case-list .case-card h3 a").AllInnerTextsAsync()));
        await Expect(page.Locator("[data-case-filters]")).ToBeHiddenAsync();
        await context.CloseAsync();
    }

    [SkippableFact]
    public async Task The_filters_of_a_paged_index_show_every_matching_case_on_the_search_page()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/cases/page/3/");
        var form = page.Locator("[data-case-filters]");
        await Expect(form).ToBeVisibleAsync();
        var expected = site.Cases.Count(c => c.Countries.Contains("pe") && c.Level == "group");

        await form.Locator("fieldset[data-facet=country] input[value=pe]").CheckAsync();
        await form.Locator("fieldset[data-facet=level] input[value=group]").CheckAsync();
        await form.Locator("button[type=submit]").ClickAsync();

        await Expect(page).ToHaveURLAsync(site.BaseUrl + "/search/?country=pe&level=group");
        await Expect(page.Locator("[data-search-status]")).ToHaveTextAsync($"{expected} results");
        await Expect(page.Locator("[data-search-filters] input[name=country][value=pe]")).ToBeCheckedAsync();
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task A_matrix_cell_links_the_rest_of_its_cases_to_the_search_filtered_by_its_level_and_phase()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/framework/");
        var expected = site.Cases.Count(c => c.Level == "individual" && c.Phases.Contains("co-delivery")) + 1; // ProsperIA

        await page.Locator("td#individual-co-delivery .more-cases a").ClickAsync();

        await Expect(page).ToHaveURLAsync(site.BaseUrl + "/search/?level=individual&phase=co-delivery");
        await Expect(page.Locator("[data-search-status]")).ToHaveTextAsync($"{expected} results");
        await page.Context.CloseAsync();
    }

    [SkippableTheory]
    [MemberData(nameof(PagedPages))]
    public async Task Paged_lists_and_their_new_parts_pass_axe(string path, string scheme)
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var page = await chromium.NewPageAsync(scheme: scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        await page.GotoAsync(site.BaseUrl + path);

        var result = await page.RunAxe(Wcag22AA);

        Assert.True(result.Violations.Length == 0, string.Join('\n', result.Violations.Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length} nodes) {v.Nodes.FirstOrDefault()?.Html}")));
        await page.Context.CloseAsync();
    }

    [SkippableTheory]
    [InlineData("/beneficiaries/page/2/", 320)]
    [InlineData("/beneficiaries/page/2/", 390)]
    [InlineData("/cases/generated-00001/", 320)]
    [InlineData("/cases/generated-00001/", 390)]
    public async Task Tables_of_generated_pages_fit_a_phone(string path, int width)
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var page = await chromium.NewPageAsync(width, 800);
        await page.GotoAsync(site.BaseUrl + path);

        var problems = await TableFit.ProblemsAsync(page);

        Assert.True(problems.Count == 0, string.Join('\n', problems));
        Assert.True(await page.Locator("main table").CountAsync() > 0);
        await page.Context.CloseAsync();
    }
}
