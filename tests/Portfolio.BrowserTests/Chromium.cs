using Microsoft.Playwright;

namespace Portfolio.BrowserTests;

/// <summary>
/// The system Chromium driven by Playwright. Tests skip with a clear message only when Chromium is
/// absent and CI is not set; under CI a missing browser fails the run.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    static readonly string[] LaunchArguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    IPlaywright? playwright;

    public IBrowser? Browser { get; private set; }

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public static string? Unavailable =>
        File.Exists(ExecutablePath) ? null
        : Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ? null // under CI: let the launch fail loudly
        : $"Chromium is not installed at {ExecutablePath} (apt-get install chromium); browser tests skipped outside CI";

    public async Task InitializeAsync()
    {
        if (Unavailable is not null)
        {
            return;
        }

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = LaunchArguments,
        });
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, ColorScheme scheme = ColorScheme.Light)
    {
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = scheme,
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
    }
}
