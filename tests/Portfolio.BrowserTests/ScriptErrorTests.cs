using System.Text.RegularExpressions;

namespace Portfolio.BrowserTests;

/// <summary>
/// Every script the site publishes runs without an error under the production Content-Security-Policy: one page for
/// each distinct set of scripts the built site loads, found in its HTML (so a new page kind with a script is covered
/// without editing this test). The published scripts are the minified ones, so this also catches a minifier that
/// breaks a module.
/// </summary>
[Collection(BrowserSite.Name)]
public sealed partial class ScriptErrorTests(BuiltSite site, Chromium chromium)
{
    [GeneratedRegex("<script[^>]+src=\"(?<src>[^\"]+)\"")]
    private static partial Regex ScriptTag();

    [SkippableFact]
    public async Task Every_page_kind_with_a_script_runs_it_without_an_error()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var pages = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(site.OutputDir, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var scripts = string.Join(' ', ScriptTag().Matches(File.ReadAllText(file)).Select(m => m.Groups["src"].Value).Order(StringComparer.Ordinal));
            if (scripts.Length > 0)
            {
                var path = "/" + Path.GetRelativePath(site.OutputDir, file).Replace('\\', '/');
                pages.TryAdd(scripts, path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path);
            }
        }

        Assert.True(pages.Count >= 3, $"only {pages.Count} sets of scripts found");
        Assert.Contains(pages.Keys, k => k.Contains("worksheet", StringComparison.Ordinal));
        Assert.Contains(pages.Keys, k => k.Contains("search", StringComparison.Ordinal));

        foreach (var (scripts, path) in pages)
        {
            var (page, violations) = await ProductionPolicy.NewPageAsync(chromium);
            var errors = new List<string>();
            page.PageError += (_, error) => errors.Add(error);
            await page.GotoAsync(site.BaseUrl + path);
            await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
            Assert.True(errors.Count == 0, $"{path} ({scripts}): {string.Join("; ", errors)}");
            Assert.True(violations.Count == 0, $"{path}: {string.Join("; ", violations)}");
            await page.Context.CloseAsync();
        }
    }
}
