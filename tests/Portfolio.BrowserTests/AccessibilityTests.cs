using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Portfolio.BrowserTests;

/// <summary>
/// The main page kinds meet WCAG 2.2 AA as far as axe can tell, in the light and the dark scheme,
/// and fit a phone's width without scrolling sideways.
/// </summary>
[Collection(BrowserSite.Name)]
public sealed class AccessibilityTests(BuiltSite site, Chromium chromium)
{
    static readonly string[] Paths =
    [
        "/", "/guide/identify-stakeholders/", "/guide/use-and-engage/", "/cases/ia2/", "/framework/", "/cases/",
        "/es/", "/es/guide/identify-stakeholders/", "/es/cases/ia2/", "/pt/", "/pt/guide/prototype/", "/pt/cases/querido-diario/", "/es/search/",
        "/guide/worksheet/", "/guide/print/", "/es/guide/worksheet/", "/pt/guide/print/",
    ];

    public static TheoryData<string, string> PagesInBothSchemes()
    {
        var data = new TheoryData<string, string>();
        foreach (var path in Paths)
        {
            data.Add(path, "light");
            data.Add(path, "dark");
        }

        return data;
    }

    public static TheoryData<string> PagesAtPhoneWidth() => [.. Paths, "/beneficiaries/", "/countries/ar/", "/about/", "/404.html", "/pt/404.html", "/es/framework/"];

    static readonly AxeRunOptions Wcag22AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    [SkippableTheory]
    [MemberData(nameof(PagesInBothSchemes))]
    public async Task Axe_finds_no_WCAG_22_AA_violations(string path, string scheme)
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var page = await chromium.NewPageAsync(scheme: scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        await page.GotoAsync(site.BaseUrl + path);

        var result = await page.RunAxe(Wcag22AA);

        Assert.True(result.Violations.Length == 0, Describe(result.Violations));
        Assert.NotEmpty(result.Passes);
    }

    [SkippableFact]
    public async Task The_dark_scheme_is_applied_when_the_reader_prefers_it()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var light = await chromium.NewPageAsync(scheme: ColorScheme.Light);
        var dark = await chromium.NewPageAsync(scheme: ColorScheme.Dark);
        await light.GotoAsync(site.BaseUrl + "/");
        await dark.GotoAsync(site.BaseUrl + "/");

        const string background = "getComputedStyle(document.body).backgroundColor";
        Assert.Equal("rgb(255, 255, 255)", await light.EvaluateAsync<string>(background));
        Assert.Equal("rgb(17, 21, 19)", await dark.EvaluateAsync<string>(background));
    }

    [SkippableTheory]
    [MemberData(nameof(PagesAtPhoneWidth))]
    public async Task A_phone_390_pixels_wide_has_no_horizontal_scroll(string path)
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var page = await chromium.NewPageAsync(width: 390, height: 844);
        await page.GotoAsync(site.BaseUrl + path);

        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");

        Assert.True(overflow <= 0, $"{path} is {overflow}px wider than the screen");
    }

    [SkippableFact]
    public async Task The_skip_link_appears_on_focus_and_moves_focus_to_the_main_content()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/cases/ia2/");

        await page.Keyboard.PressAsync("Tab");
        var skip = page.Locator("a.skip-link");
        Assert.True(await skip.EvaluateAsync<bool>("e => e === document.activeElement && e.getBoundingClientRect().top >= 0"));
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));
    }

    static string Describe(AxeResultItem[] violations) => string.Join('\n', violations.Select(v =>
        $"{v.Id} ({v.Impact}): {v.Help}\n" + string.Join('\n', v.Nodes.Take(5).Select(n => $"    {n.Target}: {n.Html}"))));
}
