using System.Text.RegularExpressions;
using Portfolio.Tests.Support;

namespace Portfolio.Tests.Cli;

public sealed partial class CheckCommandTests : IDisposable
{
    readonly FixtureSite site = new();

    public void Dispose() => site.Dispose();

    CliRun Check(params string[] extra) => CliRun.Of(
        ["check", "--content", site.ContentDir, "--theme", Path.Combine(site.Root, "themes", "default"), .. extra]);

    void BreakBeta() => site.Write("content/cases/beta.md", site.Read("content/cases/beta.md")
        .Replace("countries: [UY, BR]", "countries: [UY, Brazil]", StringComparison.Ordinal)
        .Replace("  level: individual", "  levle: individual", StringComparison.Ordinal));

    [Fact]
    public void Check_of_good_content_exits_0_and_writes_nothing()
    {
        var run = Check();

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("0 errors, 0 warnings", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.OutputDir));
    }

    [Fact]
    public void Without_theme_the_site_s_own_theme_beside_its_content_is_used_from_any_folder()
    {
        // The working folder of the test run holds no themes/default; the fixture site does, beside its content.
        Assert.False(Directory.Exists(Path.Combine(Environment.CurrentDirectory, "themes", "default")));

        var run = CliRun.Of("check", "--content", site.ContentDir);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("0 errors, 0 warnings", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_prints_each_problem_as_file_line_column_with_a_hint_and_exits_1()
    {
        BreakBeta();

        var run = Check();

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Stdout);
        var lines = run.Stderr.Split('\n');
        Assert.Contains(lines, l => l.EndsWith("content/cases/beta.md:4:17: error PF1007: 'countries[2]' must be a two-letter ISO 3166-1 country code; you wrote 'Brazil'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l == "    hint: write the code, not the name: BR");
        Assert.Contains(lines, l => l.EndsWith("content/cases/beta.md:10:3: error PF1001: unknown field 'coproduction.levle'; did you mean 'level'?", StringComparison.Ordinal));
        Assert.Contains("Check failed: 3 errors", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.OutputDir));
    }

    [Fact]
    public void Check_with_github_format_prints_workflow_annotations_on_stdout()
    {
        BreakBeta();

        var run = Check("--format", "github");

        Assert.Equal(1, run.ExitCode);
        var annotations = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, annotations.Length);
        Portfolio.Tests.Shared.Every.Item(annotations, a => Assert.Matches(Annotation(), a));
        var country = Annotation().Match(annotations.Single(a => a.Contains("title=PF1007", StringComparison.Ordinal)));
        Assert.EndsWith("content/cases/beta.md", country.Groups["file"].Value, StringComparison.Ordinal);
        Assert.Equal(("error", "4", "17"), (country.Groups["kind"].Value, country.Groups["line"].Value, country.Groups["col"].Value));
        // The hint goes on a second line of the annotation: a newline is written %0A, as workflow commands require.
        Assert.Equal("'countries[2]' must be a two-letter ISO 3166-1 country code; you wrote 'Brazil'%0AHint: write the code, not the name: BR",
            country.Groups["message"].Value);
        Assert.Contains("Check failed", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Warnings_are_github_warning_annotations_and_fail_only_under_strict()
    {
        site.Write("content/cases/notes.txt", "not a case");

        var relaxed = Check("--format", "github");
        var strict = Check("--format", "github", "--strict");

        Assert.Equal(0, relaxed.ExitCode);
        Assert.Equal(1, strict.ExitCode);
        var annotation = Annotation().Match(relaxed.Stdout.Trim());
        Assert.True(annotation.Success, relaxed.Stdout);
        Assert.Equal("warning", annotation.Groups["kind"].Value);
        Assert.Equal("PF0012", annotation.Groups["title"].Value);
        Assert.Contains("warnings fail the build under --strict", strict.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--formt", "github")]
    [InlineData("extra-word")]
    [InlineData("--build-date", "yesterday")]
    [InlineData("--base-url", "example.org")]
    public void Bad_check_arguments_exit_2_with_a_message(params string[] extra)
    {
        var run = Check(extra);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("portfolio: ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("portfolio --help", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_command_suggests_the_closest()
    {
        var run = CliRun.Of("chek");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("did you mean 'check'?", run.Stderr, StringComparison.Ordinal);
    }

    [GeneratedRegex("^::(?<kind>error|warning) file=(?<file>[^,]+),line=(?<line>[0-9]+),col=(?<col>[0-9]+),endLine=(?<endLine>[0-9]+),endColumn=(?<endColumn>[0-9]+),title=(?<title>PF[0-9]{4})::(?<message>[^\n]+)$")]
    private static partial Regex Annotation();
}
