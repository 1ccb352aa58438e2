using Portfolio.Tests.Support;

namespace Portfolio.Tests.Cli;

public sealed class BuildCommandTests : IDisposable
{
    readonly FixtureSite site = new();

    public BuildCommandTests() =>
        site.Write("content/cases/gamma.md", site.Read("content/cases/beta.md")
            .Replace("title: Beta", "title: Gamma", StringComparison.Ordinal)
            .Replace("last_reviewed: 2026-02-01", "last_reviewed: 2026-02-01\ndraft: true", StringComparison.Ordinal));

    public void Dispose() => site.Dispose();

    CliRun Build(params string[] extra) => CliRun.Of(
        ["build", "--content", site.ContentDir, "--theme", Path.Combine(site.Root, "themes", "default"), "--output", site.OutputDir, .. extra]);

    [Fact]
    public void Draft_case_is_left_out_of_a_normal_build()
    {
        Assert.Equal(0, Build().ExitCode);

        Assert.False(File.Exists(Path.Combine(site.OutputDir, "cases", "gamma", "index.html")));
        var index = site.Page("/cases/");
        Assert.NotEmpty(index.QuerySelectorAll("main a[href='/cases/beta/']"));
        Assert.Empty(index.QuerySelectorAll("a[href='/cases/gamma/']"));
    }

    [Fact]
    public void Draft_case_is_built_with_drafts()
    {
        Assert.Equal(0, Build("--drafts").ExitCode);

        Assert.Equal("Gamma", site.Page("/cases/gamma/").QuerySelector("h1")!.TextContent);
        Assert.NotEmpty(site.Page("/cases/").QuerySelectorAll("main a[href='/cases/gamma/']"));
    }

    [Fact]
    public void Base_url_option_sets_the_canonical_links()
    {
        Assert.Equal(0, Build("--base-url", "https://preview.example.net/portfolio").ExitCode);

        Assert.Equal("https://preview.example.net/portfolio/cases/beta/",
            site.Page("/cases/beta/").QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("https://preview.example.net/portfolio/",
            site.Page("/").QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public void Without_base_url_the_canonical_links_use_the_site_settings()
    {
        Assert.Equal(0, Build().ExitCode);

        var canonical = site.Page("/cases/beta/").QuerySelector("link[rel=canonical]")!.GetAttribute("href");
        Assert.StartsWith(site.Read("content/data/site.yml").Split('\n').Single(l => l.StartsWith("base_url:", StringComparison.Ordinal))["base_url:".Length..].Trim(),
            canonical, StringComparison.Ordinal);
        Assert.DoesNotContain("preview.example.net", canonical, StringComparison.Ordinal);
    }

    [Fact]
    public void Failed_build_exits_1_and_leaves_the_previous_output()
    {
        Assert.Equal(0, Build().ExitCode);
        var before = File.ReadAllText(Path.Combine(site.OutputDir, "cases", "beta", "index.html"));
        site.Write("content/cases/beta.md", site.Read("content/cases/beta.md").Replace("level: individual", "level: everyone", StringComparison.Ordinal));

        var run = Build();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Nothing was written", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(Path.Combine(site.OutputDir, "cases", "beta", "index.html")));
    }
}
