using System.Collections.Immutable;
using Microsoft.AspNetCore.Builder;
using Portfolio.Pipeline;
using Portfolio.Tests.Shared;

namespace Portfolio.BrowserTests;

/// <summary>
/// The real content with <see cref="Generated"/> generated cases (<see cref="GeneratedCases"/>), built and served on a
/// free loopback port: enough for the case index, the countries, the beneficiaries and the steps' examples to be split
/// into pages and for the matrix cells to link the rest of their cases.
/// </summary>
public sealed class PagedSite : IAsyncLifetime
{
    public const int Generated = 800;

    readonly string root = Path.Combine(Path.GetTempPath(), "portfolio-paged-" + Guid.NewGuid().ToString("N"));
    WebApplication? app;

    public string BaseUrl { get; private set; } = "";

    public string OutputDir => Path.Combine(root, "output");

    public ImmutableArray<GeneratedCase> Cases { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var content = Path.Combine(root, "content");
        TestFolders.CopyFolder(Path.Combine(BuiltSite.RepositoryRoot, "content"), content);
        Cases = GeneratedCases.Write(Path.Combine(content, "cases"), Generated);
        var result = new BuildPipeline(Producers.Default).Run(
            new BuildOptions(content, Path.Combine(BuiltSite.RepositoryRoot, "themes", "default"), OutputDir, BaseUrl: "http://127.0.0.1/", DisplayRoot: root),
            write: true);
        if (!result.Written)
        {
            throw new InvalidOperationException("the paged site did not build:\n" + string.Join('\n', result.Diagnostics.Take(20)));
        }

        (app, BaseUrl) = await StaticServer.StartAsync(OutputDir);
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
