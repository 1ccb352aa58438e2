using Portfolio.Pipeline;
using Portfolio.Tests.Support;

namespace Portfolio.Tests.Site;

/// <summary>
/// Every page of the real site is valid HTML by html-validate's recommended rules (pinned in
/// tools/html-validate; .ci/run installs it). Skips outside CI when it is not installed.
/// </summary>
public sealed class HtmlValidityTests : IDisposable
{
    readonly string output = Path.Combine(Path.GetTempPath(), "portfolio-html-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }
    }

    static string Tool => Path.Combine(FixtureSite.RepositoryRoot, "tools", "html-validate");

    static string Validator => Path.Combine(Tool, "node_modules", "html-validate", "bin", "html-validate.mjs");

    [SkippableFact]
    public async Task Every_page_of_the_site_is_valid_html()
    {
        Skip.If(!File.Exists(Validator) && Environment.GetEnvironmentVariable("CI") is not { Length: > 0 },
            "html-validate is not installed (npm ci --prefix tools/html-validate)");
        var root = FixtureSite.RepositoryRoot;
        var result = new BuildPipeline(Producers.Default).Run(
            new BuildOptions(Path.Combine(root, "content"), Path.Combine(root, "themes", "default"), output, DisplayRoot: root), write: true);
        Assert.True(result.Written, string.Join('\n', result.Diagnostics));

        var (exit, report, errors) = await Shared.ProcessRun.RunAsync("node",
            [Validator, "--config", Path.Combine(Tool, ".htmlvalidate.json"), "--formatter", "text", Path.Combine(output, "**", "*.html")], TimeSpan.FromMinutes(5));

        Assert.True(exit == 0, "html-validate found problems:\n" + report + errors);
    }
}
