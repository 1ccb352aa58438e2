using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portfolio.BrowserTests;

/// <summary>The search page on the real site: results as you type, facets, the URL, keyboard and screen readers.</summary>
[Collection(BrowserSite.Name)]
public sealed partial class SearchPageTests(BuiltSite site, Chromium chromium)
{
    [GeneratedRegex("^[0-9,]+")]
    private static partial Regex LeadingNumber();

    async Task<IPage> Open(string path)
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + path);
        return page;
    }

    static ILocator Input(IPage page) => page.Locator("#search-page-input");

    /// <summary>Waits until the results on screen answer the given state (<c>?q=civico&amp;country=py</c>).</summary>
    static Task Shown(IPage page, string state) => Expect(page.Locator("[data-search-results]")).ToHaveAttributeAsync("data-shown", state);

    static Task<IReadOnlyList<string>> Titles(IPage page) => page.Locator(".search-hit-title").AllInnerTextsAsync();

    static async Task<int> Count(IPage page) =>
        int.Parse(LeadingNumber().Match(await page.Locator("#search-status").InnerTextAsync()).Value.Replace(",", "", StringComparison.Ordinal),
            System.Globalization.CultureInfo.InvariantCulture);

    static ILocator Facet(IPage page, string group, string value) => page.Locator($"fieldset[data-facet='{group}'] input[value='{value}']");

    static Task<string> ActiveText(IPage page) => page.EvaluateAsync<string>("() => document.activeElement.textContent");

    static Task<string> ActiveId(IPage page) => page.EvaluateAsync<string>("() => document.activeElement.id");

    [SkippableFact]
    public async Task Typing_an_accent_free_word_finds_the_accented_case_with_the_match_marked()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var page = await Open("/search/");

        await Input(page).PressSequentiallyAsync("civico");
        await Shown(page, "?q=civico");

        Assert.Equal("Control Cívico", (await Titles(page))[0]);
        var first = page.Locator(".search-hit").First;
        Assert.Equal("Cívico", await first.Locator(".search-hit-title mark").InnerTextAsync());
        Assert.Contains("Case", await first.Locator(".search-hit-meta").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Paraguay", await first.Locator(".search-hit-meta").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Matches("^[0-9]+ results? for “civico”$", await page.Locator("#search-status").InnerTextAsync());
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Words_typed_while_the_index_is_still_loading_are_searched_once_it_arrives()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var page = await chromium.NewPageAsync();
        // A slow link: the index manifest arrives a second and a half after the page.
        await page.RouteAsync("**/search/*/index.json", async route =>
        {
            await Task.Delay(1500);
            await route.ContinueAsync();
        });
        await page.GotoAsync(site.BaseUrl + "/search/");

        await Input(page).FillAsync("civico");
        await Shown(page, "?q=civico");

        Assert.Equal("civico", await Input(page).InputValueAsync());
        Assert.Equal("Control Cívico", (await Titles(page))[0]);
        Assert.EndsWith("/search/?q=civico", page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Guide_steps_are_found_and_link_to_the_passage_that_matched()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var page = await Open("/search/");

        await Input(page).FillAsync("OCDS mapping template");
        await Shown(page, "?q=OCDS+mapping+template");

        var hit = page.Locator(".search-hit", new() { Has = page.Locator(".search-hit-meta", new() { HasText = "Guide step" }) }).First;
        var section = await hit.Locator(".search-hit-section a").GetAttributeAsync("href");
        Assert.StartsWith("/guide/", section, StringComparison.Ordinal);
        Assert.Contains('#', section!);
        Assert.True(await hit.Locator(".search-hit-snippet mark").CountAsync() > 0);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task A_country_facet_narrows_the_results_and_goes_into_the_url()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var page = await Open("/search/?q=data");
        await Shown(page, "?q=data");
        var before = await Count(page);

        await Facet(page, "country", "py").CheckAsync();
        await Shown(page, "?q=data&country=py");

        var after = await Count(page);
        Assert.True(after < before, $"ticking Paraguay should narrow {before} results, got {after}");
        Assert.True(after > 0);
        foreach (var meta in await page.Locator(".search-hit-meta").AllInnerTextsAsync())
        {
            Assert.Contains("Paraguay", meta, StringComparison.Ordinal);
        }

        Assert.EndsWith("/search/?q=data&country=py", page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Opening_a_search_url_restores_the_query_and_the_filters()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var page = await Open("/search/?q=civico&country=py");
        await Shown(page, "?q=civico&country=py");

        Assert.Equal("civico", await Input(page).InputValueAsync());
        await Expect(Facet(page, "country", "py")).ToBeCheckedAsync();
        await Expect(Facet(page, "country", "co")).Not.ToBeCheckedAsync();
        Assert.Equal(["Control Cívico"], await Titles(page));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Back_and_forward_move_between_searches_and_filters()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var page = await Open("/search/");
        await Shown(page, "");

        await Input(page).PressSequentiallyAsync("water");
        await Shown(page, "?q=water");
        await Facet(page, "country", "uy").CheckAsync();
        await Shown(page, "?q=water&country=uy");
        var filtered = await Titles(page);

        await page.GoBackAsync();
        await Shown(page, "?q=water");
        await Expect(Facet(page, "country", "uy")).Not.ToBeCheckedAsync();
        Assert.True((await Titles(page)).Count > filtered.Count);

        await page.GoBackAsync();
        await Shown(page, "");
        Assert.Equal("", await Input(page).InputValueAsync());
        Assert.Empty(await Titles(page));

        await page.GoForwardAsync();
        await Shown(page, "?q=water");
        Assert.Equal("water", await Input(page).InputValueAsync());
        await page.GoForwardAsync();
        await Shown(page, "?q=water&country=uy");
        await Expect(Facet(page, "country", "uy")).ToBeCheckedAsync();
        Assert.Equal(filtered, await Titles(page));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task The_keyboard_alone_reaches_the_results_and_the_filters()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var page = await Open("/search/");
        await Shown(page, "");

        await Input(page).FocusAsync();
        await page.Keyboard.TypeAsync("water");
        await Shown(page, "?q=water");
        var titles = await Titles(page);
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal(titles[0], await ActiveText(page));
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal(titles[1], await ActiveText(page));
        await page.Keyboard.PressAsync("ArrowUp");
        await page.Keyboard.PressAsync("ArrowUp");
        Assert.Equal("search-page-input", await ActiveId(page));

        // Tab on, past the results, to the first facet checkbox and tick it with the space bar.
        for (var i = 0; i < 60 && await page.EvaluateAsync<string>("() => document.activeElement.type") != "checkbox"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        var focused = await page.EvaluateAsync<string>("() => document.activeElement.name + '=' + document.activeElement.value");
        await page.Keyboard.PressAsync("Space");
        await Shown(page, "?q=water&" + focused);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task ArrowDown_in_the_box_focuses_the_first_result_and_Escape_goes_back()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var page = await Open("/search/?q=data");
        await Shown(page, "?q=data");
        var titles = await Titles(page);

        await Input(page).FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal(titles[0], await ActiveText(page));
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal(titles[2], await ActiveText(page));

        await page.Keyboard.PressAsync("Escape");
        Assert.Equal("search-page-input", await ActiveId(page));
        Assert.Equal("data", await Input(page).InputValueAsync());
        await page.Context.CloseAsync();
    }

    [SkippableTheory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task The_first_Tab_after_the_box_reaches_a_result_before_any_filter(int width)
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var page = await chromium.NewPageAsync(width, 844);
        await page.GotoAsync(site.BaseUrl + "/search/?q=water");
        await Shown(page, "?q=water");

        await Input(page).FocusAsync();
        await page.Keyboard.PressAsync("Tab");

        Assert.Equal((await Titles(page))[0], await ActiveText(page));
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.closest('[data-search-results]') !== null"));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Filters_sit_beside_the_results_on_a_wide_screen_and_after_them_on_a_phone()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        foreach (var (width, beside) in new[] { (1280, true), (390, false) })
        {
            var page = await chromium.NewPageAsync(width, 844);
            await page.GotoAsync(site.BaseUrl + "/search/?q=water");
            await Shown(page, "?q=water");

            var results = (await page.Locator(".search-results").BoundingBoxAsync())!;
            var filters = (await page.Locator("[data-search-filters]").BoundingBoxAsync())!;
            if (beside)
            {
                Assert.True(filters.X + filters.Width <= results.X, $"at {width} px the filters should be left of the results");
                Assert.True(Math.Abs(filters.Y - results.Y) < 40, $"at {width} px the filters should start level with the results");
            }
            else
            {
                Assert.True(filters.Y >= results.Y + results.Height, $"at {width} px the filters should follow the results");
            }

            await page.Context.CloseAsync();
        }
    }

    [SkippableFact]
    public async Task On_a_phone_the_facets_load_only_when_the_filters_are_opened()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var page = await chromium.NewPageAsync(390, 844);
        var facetRequests = 0;
        page.Request += (_, request) => facetRequests += request.Url.EndsWith("/facets.json", StringComparison.Ordinal) ? 1 : 0;
        await page.GotoAsync(site.BaseUrl + "/search/?q=water");
        await Shown(page, "?q=water");

        Assert.Equal(0, facetRequests);
        Assert.Contains("Case", await page.Locator(".search-hit-meta").First.InnerTextAsync(), StringComparison.Ordinal);

        await page.Locator("[data-search-filters] > summary").ClickAsync();
        await Facet(page, "country", "uy").CheckAsync();
        await Shown(page, "?q=water&country=uy");
        Assert.Equal(1, facetRequests);
        Assert.All(await page.Locator(".search-hit-meta").AllInnerTextsAsync(), meta => Assert.Contains("Uruguay", meta, StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task The_search_page_shows_one_search_box_and_other_pages_the_header_box()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var page = await Open("/search/");
        await Shown(page, "");

        await Expect(page.Locator("input[type=search]:visible")).ToHaveCountAsync(1);
        await Expect(page.Locator("form[role=search]")).ToHaveCountAsync(1);
        await page.GotoAsync(site.BaseUrl + "/about/");
        await Expect(page.Locator("header input[type=search]")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [SkippableTheory]
    [InlineData("anonymization", "IA2", "")] // the case says "anonymisation"
    [InlineData("anonymisation", "IA2", "")]
    [InlineData("watr", "Dinagua", "\nAlso searched for water, close to “watr”.")] // one letter missing
    [InlineData("wtaer", "Dinagua", "\nAlso searched for water, close to “wtaer”.")] // two letters swapped
    public async Task A_search_forgives_spelling_variants_and_typos(string query, string title, string note)
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var page = await Open("/search/");
        await Shown(page, "");

        await Input(page).PressSequentiallyAsync(query);
        await Shown(page, "?q=" + query);

        Assert.Equal(title, (await Titles(page))[0]);
        Assert.True(await page.Locator(".search-hit").First.Locator("mark").CountAsync() > 0, "the matched words are marked");
        Assert.Matches($"^[0-9]+ results? for “{query}”{Regex.Escape(note)}$", await page.Locator("#search-status").InnerTextAsync());
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Results_are_counted_in_a_polite_live_region()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var page = await Open("/search/?q=Control+Cívico");
        await Shown(page, "?q=Control+C%C3%ADvico");

        var status = page.Locator("#search-status");
        Assert.Equal("status", await status.GetAttributeAsync("role"));
        Assert.Equal("polite", await status.GetAttributeAsync("aria-live"));
        Assert.Equal(await page.Locator(".search-hit").CountAsync(), await Count(page));
        Assert.Equal("search-status", await Input(page).GetAttributeAsync("aria-describedby"));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task The_search_page_with_results_and_filters_passes_axe()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var page = await Open("/search/?q=water&country=uy");
        await Shown(page, "?q=water&country=uy");

        var result = await page.RunAxe();

        Assert.True(result.Violations.Length == 0, string.Join('\n', result.Violations.Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length} nodes)")));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task The_search_page_passes_axe_on_a_phone_with_a_correction_and_the_filters_open()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var page = await chromium.NewPageAsync(390, 844);
        await page.GotoAsync(site.BaseUrl + "/search/?q=watr");
        await Shown(page, "?q=watr");
        await page.Locator("[data-search-filters] > summary").ClickAsync();
        await Expect(Facet(page, "country", "uy")).ToBeVisibleAsync();

        var result = await page.RunAxe();

        Assert.True(result.Violations.Length == 0, string.Join('\n', result.Violations.Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length} nodes)")));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Without_script_the_search_page_keeps_a_plain_form()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var context = await chromium.Browser!.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/search/?q=water");

        await Expect(page.Locator("[data-search-fallback]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-search-ui]")).ToBeHiddenAsync();
        Assert.Equal("get", await page.Locator("main form[role=search]").GetAttributeAsync("method"));
        await context.CloseAsync();
    }

    [SkippableFact]
    public async Task The_browser_folds_words_as_the_generator_does()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var page = await Open("/search/");
        string[] words = ["Control Cívico", "ANONIMIZACIÓN", "São Paulo", "Straße", "ΟΔΟΣ", "İstanbul", "ﬁnancial", "Łódź"];

        var engine = await page.Locator("[data-search]").GetAttributeAsync("data-engine");
        var folded = await page.EvaluateAsync<string[]>("async ([url, words]) => { const e = await import(url); return words.map(w => e.fold(w)); }",
            new object[] { engine!, words });

        Assert.Equal(words.Select(Portfolio.Search.SearchText.Fold), folded);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Search_and_case_filters_work_under_the_sites_content_security_policy()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var (page, violations) = await ProductionPolicy.NewPageAsync(chromium);

        await page.GotoAsync(site.BaseUrl + "/search/?q=civico");
        await Shown(page, "?q=civico");
        Assert.Equal("Control Cívico", (await Titles(page))[0]);
        await page.GotoAsync(site.BaseUrl + "/cases/?country=py");
        await Expect(page.Locator("#case-list .case-card:visible")).ToHaveCountAsync(1);

        Assert.Empty(violations);
        await page.Context.CloseAsync();
    }
}
