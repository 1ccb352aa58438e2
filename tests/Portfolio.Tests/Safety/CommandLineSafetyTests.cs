using Portfolio.Cli;
using Portfolio.Content;
using Portfolio.Diagnostics;
using Portfolio.Tests.Cli;
using Portfolio.Tests.Support;

namespace Portfolio.Tests.Safety;

/// <summary>Every bad argument is exit 2 with PF9001; slugs have one length limit that check, build and new case apply alike.</summary>
public sealed class CommandLineSafetyTests : IDisposable
{
    readonly FixtureSite site = new();

    public void Dispose() => site.Dispose();

    [Theory]
    [InlineData("build", "--output", "")]
    [InlineData("build", "--content", "")]
    [InlineData("build", "--theme", " ")]
    [InlineData("build", "--output")]
    [InlineData("build", "--output", "--strict")]
    [InlineData("check", "--content", "--format", "github")]
    [InlineData("serve", "--port")]
    [InlineData("build", "--output", "a\0b")]
    public void Option_without_a_usable_value_is_a_usage_error(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("error PF9001", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Slug_longer_than_the_limit_fails_check_and_build_alike_naming_the_limit()
    {
        var name = new string('a', ContentLimits.MaxSlugLength + 1);
        site.Write($"content/cases/{name}.md", site.Read("content/cases/alpha.md"));

        var check = site.Build(write: false);
        var build = site.Build(write: true);

        foreach (var result in new[] { check, build })
        {
            var error = Assert.Single(result.Diagnostics, d => d.IsError);
            Assert.Equal(Codes.InvalidFileName, error.Code);
            Assert.Contains($"the limit is {ContentLimits.MaxSlugLength}", error.Message, StringComparison.Ordinal);
        }

        Assert.False(build.Written);
    }

    [Fact]
    public void Slug_at_the_limit_builds()
    {
        var name = new string('a', ContentLimits.MaxSlugLength);
        site.Write($"content/cases/{name}.md", site.Read("content/cases/alpha.md"));

        Assert.Equal(0, site.Build().ErrorCount);
        Assert.True(File.Exists(Path.Combine(site.OutputDir, "cases", name, "index.html")));
    }

    [Fact]
    public void New_case_with_a_very_long_title_gets_a_shortened_slug_that_builds()
    {
        var title = string.Join(' ', Enumerable.Repeat("Observatorio ciudadano de compras públicas", 12));

        var run = CliRun.Of("new", "case", title, "--content", site.ContentDir);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var created = Assert.Single(Directory.GetFiles(Path.Combine(site.ContentDir, "cases"), "observatorio*.md"));
        var slug = Path.GetFileNameWithoutExtension(created);
        Assert.InRange(slug.Length, 1, NewCaseCommand.NewSlugLength);
        Assert.True(Slugs.IsValid(slug));
        Assert.StartsWith("observatorio-ciudadano-de-compras-publicas-", slug, StringComparison.Ordinal);
        Assert.Contains("shortened", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void New_case_refuses_a_title_with_a_control_character()
    {
        var run = CliRun.Of("new", "case", "Bell\u0007 project", "--content", site.ContentDir);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Empty(Directory.GetFiles(Path.Combine(site.ContentDir, "cases"), "bell*"));
    }
}
