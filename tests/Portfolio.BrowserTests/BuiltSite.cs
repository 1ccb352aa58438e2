using Microsoft.AspNetCore.Builder;
using Portfolio.Pipeline;

namespace Portfolio.BrowserTests;

/// <summary>
/// Builds the real site from the repository's content and theme into a temporary folder and serves
/// it on a free loopback port, the way a static host would. Shared by every browser test class.
/// </summary>
public sealed class BuiltSite : IAsyncLifetime
{
    WebApplication? app;

    public string OutputDir { get; } = Path.Combine(Path.GetTempPath(), "portfolio-browser-" + Guid.NewGuid().ToString("N"));

    public string BaseUrl { get; private set; } = "";

    public static string RepositoryRoot => Portfolio.Tests.Shared.TestFolders.RepositoryRoot;

    public async Task InitializeAsync()
    {
        var root = RepositoryRoot;
        var result = new BuildPipeline(Producers.Default).Run(
            new BuildOptions(Path.Combine(root, "content"), Path.Combine(root, "themes", "default"), OutputDir, BaseUrl: "http://127.0.0.1/", DisplayRoot: root),
            write: true);
        if (!result.Written)
        {
            throw new InvalidOperationException("the site did not build:\n" + string.Join('\n', result.Diagnostics));
        }

        (app, BaseUrl) = await StaticServer.StartAsync(OutputDir);
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        if (Directory.Exists(OutputDir))
        {
            Directory.Delete(OutputDir, recursive: true);
        }
    }
}
