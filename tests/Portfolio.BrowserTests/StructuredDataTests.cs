using System.Text.Json;
using Microsoft.Playwright;

namespace Portfolio.BrowserTests;

/// <summary>
/// The JSON-LD in page heads is data, not script: under the Content-Security-Policy that
/// netlify.toml sends (<c>script-src 'self'</c>), Chromium reports no violation for it, while it does
/// report one for a real inline script under the same header.
/// </summary>
[Collection(BrowserSite.Name)]
public sealed class StructuredDataTests(BuiltSite site, Chromium chromium)
{
    [SkippableFact]
    public async Task JSON_LD_passes_the_sites_Content_Security_Policy()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var (page, violations) = await ProductionPolicy.NewPageAsync(chromium);

        await page.GotoAsync(site.BaseUrl + "/cases/ia2/");
        var json = await page.Locator("script[type='application/ld+json']").TextContentAsync();

        Assert.Equal("Project", JsonDocument.Parse(json!).RootElement.GetProperty("@type").GetString());
        Assert.Empty(violations);
    }

    [SkippableFact]
    public async Task The_same_policy_blocks_an_inline_script()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var (page, violations) = await ProductionPolicy.NewPageAsync(chromium);
        await page.RouteAsync("**/inline-probe.html", route => route.FulfillAsync(new RouteFulfillOptions
        {
            ContentType = "text/html",
            Headers = new Dictionary<string, string> { ["content-security-policy"] = ProductionPolicy.Text },
            Body = "<!DOCTYPE html><title>probe</title><script>document.title = 'ran'</script>",
        }));

        await page.GotoAsync(site.BaseUrl + "/inline-probe.html");

        Assert.Equal("probe", await page.TitleAsync());
        Assert.NotEmpty(violations);
    }
}
