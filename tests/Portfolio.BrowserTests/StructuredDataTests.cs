using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Portfolio.BrowserTests;

/// <summary>
/// The JSON-LD in page heads is data, not script: under the Content-Security-Policy that
/// netlify.toml sends (<c>script-src 'self'</c>), Chromium reports no violation for it, while it does
/// report one for a real inline script under the same header.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed partial class StructuredDataTests(BuiltSite site, Chromium chromium)
{
    [GeneratedRegex("Content-Security-Policy = \"(?<policy>[^\"]+)\"")]
    private static partial Regex PolicyLine();

    static string Policy() =>
        PolicyLine().Match(File.ReadAllText(Path.Combine(BuiltSite.RepositoryRoot, "netlify.toml"))).Groups["policy"].Value;

    /// <summary>Serves every response with the production policy and collects what Chromium says about it.</summary>
    async Task<(IPage Page, List<string> Violations)> PageWithPolicyAsync()
    {
        var policy = Policy();
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        var page = await chromium.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                violations.Add(message.Text);
            }
        };
        await page.RouteAsync("**/*", async route =>
        {
            var response = await route.FetchAsync();
            var headers = new Dictionary<string, string>(response.Headers) { ["content-security-policy"] = policy };
            await route.FulfillAsync(new RouteFulfillOptions { Response = response, Headers = headers });
        });
        return (page, violations);
    }

    [SkippableFact]
    public async Task JSON_LD_passes_the_sites_Content_Security_Policy()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var (page, violations) = await PageWithPolicyAsync();

        await page.GotoAsync(site.BaseUrl + "/cases/ia2/");
        var json = await page.Locator("script[type='application/ld+json']").TextContentAsync();

        Assert.Equal("Project", JsonDocument.Parse(json!).RootElement.GetProperty("@type").GetString());
        Assert.Empty(violations);
    }

    [SkippableFact]
    public async Task The_same_policy_blocks_an_inline_script()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var (page, violations) = await PageWithPolicyAsync();
        await page.RouteAsync("**/inline-probe.html", route => route.FulfillAsync(new RouteFulfillOptions
        {
            ContentType = "text/html",
            Headers = new Dictionary<string, string> { ["content-security-policy"] = Policy() },
            Body = "<!DOCTYPE html><title>probe</title><script>document.title = 'ran'</script>",
        }));

        await page.GotoAsync(site.BaseUrl + "/inline-probe.html");

        Assert.Equal("probe", await page.TitleAsync());
        Assert.NotEmpty(violations);
    }
}
