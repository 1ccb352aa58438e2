using Microsoft.Playwright;

namespace Portfolio.BrowserTests;

/// <summary>
/// Opens the main page kinds at desktop and phone widths in both schemes and checks what a reader
/// sees first: the page's title on the first screen, and the header's search box. When the variable
/// PORTFOLIO_SCREENSHOTS names a folder, each view is also saved there as a PNG for a person to look at.
/// </summary>
[Collection(BrowserSite.Name)]
public sealed class ScreenshotTests(BuiltSite site, Chromium chromium)
{
    static readonly (string Name, string Path)[] Pages =
    [
        ("home", "/"), ("step", "/guide/identify-stakeholders/"), ("case", "/cases/ia2/"), ("framework", "/framework/"), ("cases", "/cases/"),
        ("beneficiaries", "/beneficiaries/"), ("country", "/countries/br/"),
        ("es-home", "/es/"), ("es-step", "/es/guide/identify-stakeholders/"), ("es-case", "/es/cases/ia2/"),
        ("pt-home", "/pt/"), ("pt-step", "/pt/guide/look-at-the-data/"), ("pt-case", "/pt/cases/querido-diario/"),
        ("worksheet", "/guide/worksheet/"), ("print", "/guide/print/"),
    ];

    public static TheoryData<string, int, string> Views()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var (name, _) in Pages)
        {
            foreach (var width in new[] { 1280, 390 })
            {
                data.Add(name, width, "light");
                data.Add(name, width, "dark");
            }
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Views))]
    public async Task The_title_and_the_search_box_are_on_the_first_screen(string name, int width, string scheme)
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var height = width < 600 ? 844 : 900;
        var page = await chromium.NewPageAsync(width, height, scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        await page.GotoAsync(site.BaseUrl + Pages.Single(p => p.Name == name).Path);

        var title = await page.Locator("main h1").BoundingBoxAsync();
        var search = await page.Locator("header input[type=search]").BoundingBoxAsync();

        Assert.NotNull(title);
        Assert.True(title.Y + title.Height <= height, $"the h1 of {name} ends at {title.Y + title.Height}px, below the first screen");
        Assert.True(search is { Width: >= 120 }, $"the search box of {name} is not usable at {width}px");
        if (Environment.GetEnvironmentVariable("PORTFOLIO_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}-{width}-{scheme}.png"), FullPage = true });
        }
    }
}
