using Portfolio.Tests.Support;

namespace Portfolio.Tests.Pipeline;

/// <summary>Content is data: markup in a value is shown as text, and template syntax in content never runs.</summary>
public sealed class EscapingTests : IDisposable
{
    readonly FixtureSite site = new();

    public void Dispose() => site.Dispose();

    [Fact]
    public void Html_in_a_title_and_summary_is_shown_as_text()
    {
        site.Write("content/cases/alpha.md", site.Read("content/cases/alpha.md")
            .Replace("title: Alpha", "title: \"<script>alert('x')</script> Alpha & <b>Co</b>\"", StringComparison.Ordinal)
            .Replace("summary: Alpha helps clinics find patients at risk.", "summary: \"<img src=x onerror=alert(1)> Alpha helps\"", StringComparison.Ordinal));

        site.BuildClean();

        var page = site.Page("/cases/alpha/");
        Assert.Equal("<script>alert('x')</script> Alpha & <b>Co</b>", page.QuerySelector("h1")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("main script, main b, main img[onerror]"));
        Assert.Empty(site.Page("/cases/").QuerySelectorAll("main script, main img"));
    }

    [Fact]
    public void Template_syntax_in_a_case_is_text_and_never_executed()
    {
        site.Write("content/cases/alpha.md", site.Read("content/cases/alpha.md")
            .Replace("title: Alpha", "title: \"{{ site.settings.title }} {{ 6 * 7 }}\"", StringComparison.Ordinal)
            .Replace("Alpha reads records", "Alpha {{ for x in 1..3 }}loop{{ end }} reads records", StringComparison.Ordinal));

        site.BuildClean();

        var page = site.Page("/cases/alpha/");
        Assert.Equal("{{ site.settings.title }} {{ 6 * 7 }}", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("{{ for x in 1..3 }}loop{{ end }}", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("42", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=")]
    [InlineData("vbscript:msgbox(1)")]
    public void Unsafe_link_schemes_fail_the_build_and_never_reach_the_output(string url)
    {
        site.Write("content/cases/alpha.md", site.Read("content/cases/alpha.md")
            .Replace("Alpha reads records", $"Alpha [reads](<{url}>) records", StringComparison.Ordinal));

        var result = site.Build();

        Assert.Contains(result.Diagnostics, d => d.Code.Id == "PF3002" && d.Position.File == "content/cases/alpha.md" && d.Position.Line == 33);
        Assert.False(result.Written);
    }

    [Fact]
    public void Site_relative_links_in_bodies_get_the_base_path()
    {
        site.BuildClean();
        var result = site.Build(baseUrl: "https://example.org/portfolio/");
        Assert.True(result.Written, string.Join('\n', result.Diagnostics));

        var link = site.Page("/guide/first-step/").QuerySelector("main .prose a[href*='second-step']")!;
        Assert.Equal("/portfolio/guide/second-step/", link.GetAttribute("href"));
        Assert.Equal("https://example.org/portfolio/guide/first-step/", site.Page("/guide/first-step/").QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }
}
