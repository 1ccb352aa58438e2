using System.Globalization;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Portfolio.BrowserTests;

/// <summary>
/// Time from a keystroke to its results on screen, on a site of 1,000 cases, with the CPU slowed four
/// times (Chrome's mid-range phone profile). The goal is 50 ms; the test fails above a generous
/// 150 ms median so a slow CI machine does not make it flaky, and prints what it measured.
/// </summary>
[Collection(BrowserSite.Name)]
public sealed class SearchPerformanceTests(Chromium chromium, SearchLargeSite site, ITestOutputHelper output)
    : IClassFixture<SearchLargeSite>
{
    static readonly string[] Queries = ["civico", "water intakes", "anonymise rulings", "satellite", "procurement", "air quality", "hackathon"];

    // Installed in the page: the time from each keydown to the moment the results answer the field's value.
    const string Recorder = """
        () => {
          const input = document.querySelector('#search-page-input');
          const results = document.querySelector('[data-search-results]');
          window.keystrokes = [];
          let pressed = null;
          input.addEventListener('keydown', () => { pressed = performance.now(); }, true);
          new MutationObserver(() => {
            const value = input.value.trim();
            const expected = value ? '?' + new URLSearchParams({ q: value }) : '';
            if (pressed !== null && results.dataset.shown === expected) {
              window.keystrokes.push({ text: input.value, ms: performance.now() - pressed });
              pressed = null;
            }
          }).observe(results, { attributes: true, attributeFilter: ['data-shown'] });
        }
        """;

    [SkippableFact]
    public async Task Results_follow_each_keystroke_within_the_budget_on_a_throttled_cpu()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var page = await chromium.NewPageAsync(412, 915);
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Emulation.setCPUThrottlingRate", new Dictionary<string, object> { ["rate"] = 4 });
        await page.GotoAsync(site.BaseUrl + "/search/");
        await Expect(page.Locator("[data-search-results]")).ToHaveAttributeAsync("data-shown", "");
        await page.EvaluateAsync(Recorder);

        var input = page.Locator("#search-page-input");
        foreach (var query in Queries)
        {
            await input.FillAsync("");
            await Expect(page.Locator("[data-search-results]")).ToHaveAttributeAsync("data-shown", "");
            await input.PressSequentiallyAsync(query, new() { Delay = 250 });
            await Expect(page.Locator("[data-search-results]")).ToHaveAttributeAsync("data-shown", "?q=" + Uri.EscapeDataString(query).Replace("%20", "+", StringComparison.Ordinal));
            Assert.NotEmpty(await page.Locator(".search-hit").AllAsync());
        }

        var keystrokes = (await page.EvaluateAsync<System.Text.Json.JsonElement>("() => window.keystrokes")).EnumerateArray()
            .Select(k => new Keystroke(k.GetProperty("text").GetString()!, k.GetProperty("ms").GetDouble())).ToArray();
        var timings = keystrokes.Select(k => k.Ms).Order().ToArray();
        var median = timings[timings.Length / 2];
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"keystroke to results, {SearchLargeSite.CaseCount} cases, CPU throttled 4x: median {median:0.0} ms, p90 {timings[(int)(timings.Length * 0.9)]:0.0} ms, max {timings[^1]:0.0} ms over {timings.Length} keystrokes"));
        output.WriteLine("slowest: " + string.Join(", ", keystrokes.OrderByDescending(k => k.Ms).Take(5).Select(k => string.Create(CultureInfo.InvariantCulture, $"'{k.Text}' {k.Ms:0} ms"))));
        Assert.True(timings.Length >= Queries.Sum(q => q.Length) * 0.9, $"only {timings.Length} keystrokes were measured");
        Assert.True(median < 150, $"median keystroke to results {median:0.0} ms; the budget is 50 ms and the test allows 150 ms");
        await page.Context.CloseAsync();
    }

    /// <summary>One measured keystroke: the field's text after it, and the milliseconds to its results.</summary>
    public sealed record Keystroke(string Text, double Ms);
}
