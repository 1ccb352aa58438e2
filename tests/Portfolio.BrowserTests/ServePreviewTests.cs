using Microsoft.Playwright;
using Portfolio.Pipeline;
using Portfolio.Serve;

namespace Portfolio.BrowserTests;

/// <summary>
/// <c>portfolio serve</c> in a real browser: saving a file reloads the page, a content error shows in a
/// panel over the last good page with its file and line, and fixing it clears the panel. Pages are
/// given the site's Content-Security-Policy, so the live-reload script must work without inline code.
/// </summary>
[Collection(BrowserSite.Name)]
#pragma warning disable CA1001 // the server is disposed in DisposeAsync, which xunit calls (IAsyncLifetime)
public sealed class ServePreviewTests(Chromium chromium) : IAsyncLifetime
{
    const string Policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'";
    static readonly float Patience = 20_000;

    readonly string root = Path.Combine(Path.GetTempPath(), "portfolio-serve-" + Guid.NewGuid().ToString("N"));
    readonly List<string> violations = [];
    PreviewServer? server;

    string CasePath => Path.Combine(root, "content", "cases", "ia2.md");

    public async Task InitializeAsync()
    {
        Portfolio.Tests.Shared.TestFolders.CopyFolder(Path.Combine(BuiltSite.RepositoryRoot, "content"), Path.Combine(root, "content"));
        Portfolio.Tests.Shared.TestFolders.CopyFolder(Path.Combine(BuiltSite.RepositoryRoot, "themes", "default"), Path.Combine(root, "themes", "default"));
        var options = new Pipeline.BuildOptions(Path.Combine(root, "content"), Path.Combine(root, "themes", "default"), "", BaseUrl: "http://127.0.0.1/", DisplayRoot: root);
        var builder = new PreviewBuilder(options, Producers.Default, TextWriter.Null);
        builder.Rebuild();
        server = new PreviewServer(builder, [options.ContentDir, options.ThemeDir], 0, TimeSpan.FromMilliseconds(100), TextWriter.Null);
        await server.StartAsync();
    }

    [SkippableFact]
    public async Task Saving_reloads_the_page_and_errors_show_over_the_last_good_page_until_fixed()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var page = await OpenAsync("cases/ia2/");
        var good = await File.ReadAllTextAsync(CasePath);
        Assert.Equal("IA2", (await page.Locator("h1").InnerTextAsync()).Trim());

        await File.WriteAllTextAsync(CasePath, good.Replace("title: IA2", "title: IA2 renamed", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("IA2 renamed", new() { Timeout = Patience });

        var broken = good.Replace("title: IA2", "title: IA2 renamed", StringComparison.Ordinal).Replace("  level: group", "  level: grup", StringComparison.Ordinal);
        await File.WriteAllTextAsync(CasePath, broken);
        var panel = page.Locator("#portfolio-serve-errors");
        await Assertions.Expect(panel).ToBeVisibleAsync(new() { Timeout = Patience });
        var line = Array.IndexOf(broken.Split('\n'), "  level: grup") + 1;
        await Assertions.Expect(panel.Locator(".pfs-where")).ToHaveTextAsync($"content/cases/ia2.md:{line}:10");
        await Assertions.Expect(panel.Locator(".pfs-message")).ToContainTextAsync("you wrote 'grup'");
        await Assertions.Expect(panel.Locator(".pfs-hint")).ToContainTextAsync("did you mean 'group'?");
        Assert.Equal("alert", await panel.GetAttributeAsync("role"));
        Assert.Equal("IA2 renamed", (await page.Locator("h1").InnerTextAsync()).Trim());

        await File.WriteAllTextAsync(CasePath, good);
        await Assertions.Expect(panel).ToHaveCountAsync(0, new() { Timeout = Patience });
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("IA2", new() { Timeout = Patience });
        Assert.Empty(violations);

        // The policy really is in force: an inline script is refused and reported.
        await page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.inline = 1'; document.head.appendChild(s); }");
        Assert.Null(await page.EvaluateAsync<int?>("() => window.inline ?? null"));
        Assert.NotEmpty(violations);
    }

    [SkippableFact]
    public async Task Error_panel_can_be_hidden_with_the_keyboard()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var page = await OpenAsync("");
        var good = await File.ReadAllTextAsync(CasePath);

        await File.WriteAllTextAsync(CasePath, good.Replace("countries: [AR]", "countries: [Argentina]", StringComparison.Ordinal));
        var panel = page.Locator("#portfolio-serve-errors");
        await Assertions.Expect(panel).ToBeVisibleAsync(new() { Timeout = Patience });
        await panel.GetByRole(AriaRole.Button, new() { Name = "Hide" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(panel).ToHaveCountAsync(0);
        Assert.Empty(violations);
    }

    async Task<IPage> OpenAsync(string path)
    {
        var page = await chromium.NewPageAsync();
        // Serve pages with the production Content-Security-Policy; the event stream passes untouched.
        await page.RouteAsync("**/*", async route =>
        {
            if (route.Request.ResourceType != "document")
            {
                await route.ContinueAsync();
                return;
            }

            var response = await route.FetchAsync();
            var headers = new Dictionary<string, string>(response.Headers) { ["content-security-policy"] = Policy };
            await route.FulfillAsync(new() { Response = response, Headers = headers });
        });
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                violations.Add(message.Text);
            }
        };
        await page.GotoAsync(server!.Address + path);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
