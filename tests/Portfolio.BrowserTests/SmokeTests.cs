namespace Portfolio.BrowserTests;

[Collection(BrowserSite.Name)]
public sealed class SmokeTests(BuiltSite site, Chromium chromium)
{
    [SkippableFact]
    public async Task Home_page_shows_the_site_title_and_the_eight_steps()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/");
        Assert.Equal("Co-producing AI for the public good", (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.Equal(8, await page.Locator("main .step-list > li").CountAsync());
    }
}
