using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portfolio.BrowserTests;

/// <summary>The filters on the case index (/cases/): same facets as search, no page load, state in the URL.</summary>
[Collection(BrowserSite.Name)]
public sealed class SearchCaseFilterTests(BuiltSite site, Chromium chromium)
{
    const int AllCases = 7;

    async Task<IPage> Open(string path)
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + path);
        await Expect(page.Locator("[data-case-filters]")).ToBeVisibleAsync();
        return page;
    }

    static ILocator Visible(IPage page) => page.Locator("#case-list .case-card:visible");

    static ILocator Facet(IPage page, string group, string value) => page.Locator($"[data-case-filters] fieldset[data-facet='{group}'] input[value='{value}']");

    static async Task<List<string>> VisibleCountries(IPage page) =>
        [.. await page.Locator("#case-list .case-card:visible").EvaluateAllAsync<string[]>("cards => cards.map(c => c.dataset.countries)")];

    [SkippableFact]
    public async Task Ticking_a_country_shows_only_its_cases_without_a_page_load()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var page = await Open("/cases/");
        await Expect(Visible(page)).ToHaveCountAsync(AllCases);
        await page.EvaluateAsync("() => { window.stillHere = true; }");

        await Facet(page, "country", "ar").CheckAsync();

        await Expect(page).ToHaveURLAsync(site.BaseUrl + "/cases/?country=ar");
        var countries = await VisibleCountries(page);
        Assert.NotEmpty(countries);
        Assert.True(countries.Count < AllCases);
        Portfolio.Tests.Shared.Every.Item(countries, c => Assert.Contains("ar", c.Split(' ')));
        await Expect(page.Locator("#case-count")).ToHaveTextAsync($"Showing {countries.Count} cases");
        Assert.True(await page.EvaluateAsync<bool>("() => window.stillHere === true"));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Facets_combine_and_each_count_says_what_ticking_it_would_show()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var page = await Open("/cases/");

        await Facet(page, "country", "ar").CheckAsync();
        var levelCounts = await page.Locator("[data-case-filters] fieldset[data-facet='level'] label")
            .EvaluateAllAsync<string[][]>("labels => labels.map(l => [l.querySelector('input').value, l.querySelector('.facet-count').textContent])");
        var (level, count) = levelCounts.Select(l => (l[0], int.Parse(l[1], System.Globalization.CultureInfo.InvariantCulture))).First(l => l.Item2 > 0);

        await Facet(page, "level", level).CheckAsync();

        await Expect(Visible(page)).ToHaveCountAsync(count);
        Portfolio.Tests.Shared.Every.Item(await page.Locator("#case-list .case-card:visible").EvaluateAllAsync<string[]>("cards => cards.map(c => c.dataset.level)"), l => Assert.Equal(level, l));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task A_filtered_url_opens_filtered_and_back_and_forward_move_between_choices()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var page = await Open("/cases/?country=uy");
        await Expect(Facet(page, "country", "uy")).ToBeCheckedAsync();
        Portfolio.Tests.Shared.Every.Item(await VisibleCountries(page), c => Assert.Contains("uy", c.Split(' ')));

        await Facet(page, "country", "py").CheckAsync();
        await Expect(page).ToHaveURLAsync(site.BaseUrl + "/cases/?country=py&country=uy");
        var both = await Visible(page).CountAsync();

        await page.GoBackAsync();
        await Expect(Facet(page, "country", "py")).Not.ToBeCheckedAsync();
        Assert.True(await Visible(page).CountAsync() < both);
        await page.GoForwardAsync();
        await Expect(Facet(page, "country", "py")).ToBeCheckedAsync();
        await Expect(Visible(page)).ToHaveCountAsync(both);

        await page.Locator("[data-case-filters] button[type=reset]").ClickAsync();
        await Expect(Visible(page)).ToHaveCountAsync(AllCases);
        await Expect(page).ToHaveURLAsync(site.BaseUrl + "/cases/");
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Without_script_every_case_shows_and_the_filters_stay_hidden()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var context = await chromium.Browser!.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/cases/?country=ar");

        await Expect(Visible(page)).ToHaveCountAsync(AllCases);
        await Expect(page.Locator("[data-case-filters]")).ToBeHiddenAsync();
        await context.CloseAsync();
    }

    [SkippableFact]
    public async Task The_filters_pass_axe_on_a_phone()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var page = await chromium.NewPageAsync(390, 844);
        await page.GotoAsync(site.BaseUrl + "/cases/?theme=water");
        await Expect(Visible(page)).ToHaveCountAsync(1);
        await page.Locator("[data-case-filters] summary").ClickAsync();
        await Expect(page.Locator("[data-case-filters] input[value=water]")).ToBeCheckedAsync();

        var result = await page.Locator("[data-case-filters]").RunAxe();

        Assert.True(result.Violations.Length == 0, string.Join('\n', result.Violations.Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length} nodes)")));
        await page.Context.CloseAsync();
    }
}
