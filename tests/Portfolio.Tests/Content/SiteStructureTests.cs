using Portfolio.Tests.Support;

namespace Portfolio.Tests.Content;

/// <summary>Rules about the site as a whole: guide numbering, slugs, required data files, strictness.</summary>
public sealed class SiteStructureTests : IDisposable
{
    readonly FixtureSite site = new();

    public void Dispose() => site.Dispose();

    string[] Codes(bool strict = false) => [.. site.Build(write: false, strict: strict).Diagnostics.Select(d => $"{d.Position.File} {d.Code.Id}")];

    [Fact]
    public void Gap_in_guide_numbering_is_reported_on_the_file_that_breaks_it()
    {
        File.Move(Path.Combine(site.ContentDir, "guide/02-second-step.md"), Path.Combine(site.ContentDir, "guide/03-second-step.md"));

        Assert.Equal(["content/guide/03-second-step.md PF2006"], Codes());
    }

    [Fact]
    public void Two_guide_steps_with_the_same_slug_are_reported()
    {
        site.Write("content/guide/03-first-step.md", site.Read("content/guide/01-first-step.md"));

        Assert.Contains("content/guide/03-first-step.md PF2001", Codes());
    }

    [Fact]
    public void Guide_file_without_a_number_is_reported_with_a_suggested_name()
    {
        site.Write("content/guide/third-step.md", site.Read("content/guide/02-second-step.md").Replace("second-step", "x", StringComparison.Ordinal));

        var result = site.Build(write: false);
        var error = Assert.Single(result.Diagnostics, d => d.Code.Id == "PF0010");
        Assert.Contains("01-third-step.md", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_cannot_take_a_generated_url()
    {
        site.Write("content/pages/search.md", site.Read("content/pages/about.md"));

        Assert.Equal(["content/pages/search.md PF2001"], Codes());
    }

    [Fact]
    public void Page_with_a_section_slug_becomes_that_sections_introduction()
    {
        site.Write("content/pages/framework.md", "---\ntitle: How co-production works\nsummary: The typology behind the matrix.\n---\n## In short\n\nLevels and phases.\n");

        site.BuildClean();

        var page = site.Page("/framework/");
        Assert.Equal("How co-production works", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("main .intro h2#in-short"));
        Assert.False(File.Exists(Path.Combine(site.OutputDir, "framework", "framework", "index.html")));
    }

    [Fact]
    public void Missing_site_settings_are_reported()
    {
        site.Delete("content/data/site.yml");

        Assert.Contains("content/data/site.yml PF0013", Codes());
    }

    [Fact]
    public void Unknown_data_file_is_a_warning_that_fails_only_under_strict()
    {
        site.Write("content/data/extra.yml", "a: 1\n");

        var relaxed = site.Build(write: true);
        Assert.True(relaxed.Written);
        Assert.Equal(["content/data/extra.yml PF0012"], relaxed.Diagnostics.Select(d => $"{d.Position.File} {d.Code.Id}"));

        var strict = site.Build(write: true, strict: true);
        Assert.False(strict.Written);
        Assert.True(strict.Failed(strict: true));
    }

    [Fact]
    public void Draft_case_is_left_out_unless_drafts_are_asked_for()
    {
        site.Write("content/cases/beta.md", site.Read("content/cases/beta.md").Replace("title: Beta", "title: Beta\ndraft: true", StringComparison.Ordinal));

        site.BuildClean();
        Assert.False(Directory.Exists(Path.Combine(site.OutputDir, "cases", "beta")));

        site.BuildClean(drafts: true);
        Assert.True(File.Exists(Path.Combine(site.OutputDir, "cases", "beta", "index.html")));
    }

    [Fact]
    public void Case_in_a_subfolder_is_reported_not_silently_dropped()
    {
        site.Write("content/cases/2024/gamma.md", site.Read("content/cases/beta.md"));

        var result = site.Build(write: false);

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("PF0012", warning.Code.Id);
        Assert.Equal("content/cases/2024", warning.Position.File);
        Assert.Contains("content/cases/", warning.Hint, StringComparison.Ordinal);
    }
}
