using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Portfolio.BrowserTests;

/// <summary>
/// Opens pages with the Content-Security-Policy that netlify.toml sends in production, and collects
/// the violations Chromium reports, so tests can prove the site's scripts and data obey it.
/// </summary>
public static partial class ProductionPolicy
{
    [GeneratedRegex("Content-Security-Policy = \"(?<policy>[^\"]+)\"")]
    private static partial Regex PolicyLine();

    public static string Text =>
        PolicyLine().Match(File.ReadAllText(Path.Combine(BuiltSite.RepositoryRoot, "netlify.toml"))).Groups["policy"].Value;

    public static async Task<(IPage Page, List<string> Violations)> NewPageAsync(Chromium chromium)
    {
        var policy = Text;
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
}
