using Portfolio.Cli;
using Portfolio.Tests.Support;

namespace Portfolio.Tests.Pipeline;

/// <summary>The build command as a user runs it: exit codes, messages and the summary line.</summary>
public sealed class BuildOptionTests : IDisposable
{
    readonly FixtureSite site = new();

    public void Dispose() => site.Dispose();

    static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = new CommandLine(stdout, stderr).Run(args);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    string[] SiteArgs => ["--content", site.ContentDir, "--theme", Path.Combine(site.Root, "themes", "default"), "--output", site.OutputDir];

    [Fact]
    public void Successful_build_exits_0_and_says_what_it_wrote()
    {
        var (exit, _, err) = Run(["build", .. SiteArgs]);

        Assert.Equal(0, exit);
        Assert.Matches(@"Built \d+ pages and \d+ other files from 2 cases into .+ in \d+\.\d\d s \(0 errors, 0 warnings\)\.", err);
        Assert.True(File.Exists(Path.Combine(site.OutputDir, "index.html")));
    }

    [Fact]
    public void Content_error_exits_1_with_file_line_column_code_and_hint()
    {
        site.Write("content/cases/alpha.md", site.Read("content/cases/alpha.md").Replace("level: group", "level: national", StringComparison.Ordinal));

        var (exit, _, err) = Run(["build", .. SiteArgs]);

        Assert.Equal(1, exit);
        Assert.Contains("content/cases/alpha.md:19:10: error PF1004: 'coproduction.level' must be one of individual, group, collective; you wrote 'national'", err, StringComparison.Ordinal);
        Assert.Contains("Build failed: 1 error, 0 warnings. Nothing was written;", err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_writes_nothing_and_can_print_github_annotations()
    {
        site.Write("content/cases/alpha.md", site.Read("content/cases/alpha.md").Replace("themes: [health]", "themes: [helth]", StringComparison.Ordinal));

        var (exit, stdout, _) = Run(["check", "--format", "github", "--content", site.ContentDir, "--theme", Path.Combine(site.Root, "themes", "default")]);

        Assert.Equal(1, exit);
        Assert.StartsWith("::error file=content/cases/alpha.md,line=9,col=10,endLine=9,endColumn=15,title=PF2002::", stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.OutputDir));
    }

    [Theory]
    [InlineData("bild")]
    [InlineData("build", "--strcit")]
    [InlineData("build", "--format", "xml")]
    [InlineData("build", "--base-url", "not a url")]
    [InlineData("build", "--build-date", "yesterday")]
    [InlineData("build", "extra")]
    public void Usage_errors_exit_2_with_a_hint(params string[] args)
    {
        var (exit, _, err) = Run(args);

        Assert.Equal(2, exit);
        Assert.StartsWith("portfolio: ", err, StringComparison.Ordinal);
        Assert.Contains("--help", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Misspelt_option_gets_a_suggestion()
    {
        var (_, _, err) = Run("build", "--strcit");

        Assert.Contains("did you mean '--strict'?", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lists_the_commands_and_exit_codes()
    {
        var (exit, stdout, _) = Run("--help");

        Assert.Equal(0, exit);
        foreach (var word in new[] { "build", "check", "serve", "new case", "Exit codes" })
        {
            Assert.Contains(word, stdout, StringComparison.Ordinal);
        }
    }
}
