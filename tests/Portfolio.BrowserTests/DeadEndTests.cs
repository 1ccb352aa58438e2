using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portfolio.BrowserTests;

/// <summary>No dead ends: every step has examples, the last step leads into the next round, and the case filters never
/// leave a reader in front of an empty list without saying so and offering a way back.</summary>
[Collection(BrowserSite.Name)]
public sealed class DeadEndTests(BuiltSite site, Chromium chromium)
{
    const int AllCases = 7;

    static ILocator Facet(IPage page, string group, string value) => page.Locator($"[data-case-filters] fieldset[data-facet='{group}'] input[value='{value}']");

    [SkippableFact]
    public async Task Every_step_shows_examples_and_the_last_one_starts_the_next_round()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/guide/");
        var steps = await page.Locator("main .step-overview h2 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(8, steps.Length);

        foreach (var step in steps)
        {
            await page.GotoAsync(site.BaseUrl + step);
            Assert.True(await page.Locator("main section[aria-labelledby=examples-title] .case-card").CountAsync() > 0, $"{step} shows no example");
        }

        var round = page.Locator("main nav.pager a.pager-next");
        await Expect(round.Locator(".pager-label")).ToHaveTextAsync("Start the next round");
        await round.ClickAsync();
        await Expect(page).ToHaveURLAsync(site.BaseUrl + steps[0]);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task An_empty_filter_result_says_so_and_Clear_filters_brings_every_case_back()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var page = await chromium.NewPageAsync(390, 844);
        await page.GotoAsync(site.BaseUrl + "/cases/?country=ar&theme=water");

        await Expect(page.Locator("#case-list .case-card:visible")).ToHaveCountAsync(0);
        await Expect(page.Locator("#case-count")).ToHaveTextAsync("No case matches these filters.");
        var clear = page.Locator("#case-empty button[data-clear-filters]");
        await Expect(clear).ToBeVisibleAsync();
        // On a phone the filters stay folded, so the empty result and its way out are on the first screen.
        var box = await clear.BoundingBoxAsync();
        Assert.True(box is { } b && b.Y + b.Height <= 844, $"Clear filters is at {box?.Y}px, below the first screen");
        await clear.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("#case-list .case-card:visible")).ToHaveCountAsync(AllCases);
        await Expect(page.Locator("#case-empty")).ToBeHiddenAsync();
        await Expect(page).ToHaveURLAsync(site.BaseUrl + "/cases/");
        // Focus goes to the filters, folded away on a phone: their summary.
        Assert.Equal("SUMMARY", await page.EvaluateAsync<string>("document.activeElement.tagName"));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Values_that_would_give_no_case_are_unavailable_with_their_zero_and_come_back_when_they_would()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/cases/");
        await Expect(page.Locator("[data-case-filters]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-case-filters] input:disabled")).ToHaveCountAsync(0);

        await Facet(page, "theme", "water").CheckAsync();

        var water = Facet(page, "country", "uy");
        var argentina = Facet(page, "country", "ar");
        await Expect(water).ToBeEnabledAsync();
        await Expect(argentina).ToBeDisabledAsync();
        await Expect(page.Locator("[data-case-filters] label:has(input[value=ar]) .facet-count")).ToHaveTextAsync("0");
        // Every unavailable value says 0, and every value that says 0 (and is not ticked) is unavailable.
        var states = await page.Locator("[data-case-filters] label.facet-option").EvaluateAllAsync<string[]>(
            "labels => labels.map(l => `${l.querySelector('input').disabled}:${l.querySelector('.facet-count').textContent}:${l.querySelector('input').checked}`)");
        Tests.Shared.Every.Item(states, s => Assert.True(s.StartsWith("true:0:", StringComparison.Ordinal) == (s.EndsWith(":0:false", StringComparison.Ordinal)), s));
        // A screen reader hears the value as unavailable.
        var snapshot = await page.Locator("[data-case-filters] fieldset[data-facet=country]").AriaSnapshotAsync();
        Assert.Contains("checkbox \"Argentina 0\" [disabled]", snapshot, StringComparison.Ordinal);

        await Facet(page, "theme", "water").UncheckAsync();
        await Expect(argentina).ToBeEnabledAsync();
        await Expect(page.Locator("[data-case-filters] input:disabled")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }
}
