using static Microsoft.Playwright.Assertions;

namespace Portfolio.BrowserTests;

/// <summary>The language switcher opens the same page in the other language, with the same search words and filters.</summary>
[Collection(BrowserSite.Name)]
public sealed class LanguageSwitcherTests(BuiltSite site, Chromium chromium)
{
    [SkippableFact]
    public async Task A_search_opens_in_the_other_language_with_the_same_words()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/es/search/?q=agua");
        await Expect(page.Locator("[data-search-results] li").First).ToBeVisibleAsync();

        await page.Locator(".language-switcher a[hreflang=en]").ClickAsync();

        await Expect(page).ToHaveURLAsync(site.BaseUrl + "/search/?q=agua");
        await Expect(page.Locator("#search-page-input")).ToHaveValueAsync("agua");
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Filtered_cases_open_in_the_other_language_with_the_same_filters_on_a_phone()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var page = await chromium.NewPageAsync(390, 844);
        await page.GotoAsync(site.BaseUrl + "/cases/?country=uy");
        await Expect(page.Locator("#case-list .case-card:visible")).ToHaveCountAsync(1);

        await page.Locator(".language-switcher a[hreflang=pt]").ClickAsync();

        await Expect(page).ToHaveURLAsync(site.BaseUrl + "/pt/cases/?country=uy");
        await Expect(page.Locator("#case-list .case-card:visible")).ToHaveCountAsync(1);
        await page.Context.CloseAsync();
    }
}
