using Portfolio.Cli;
using Portfolio.Diagnostics;
using Portfolio.Output;
using Portfolio.Tests.Cli;
using Portfolio.Tests.Support;

namespace Portfolio.Tests.Safety;

/// <summary>
/// A build replaces only a folder it made: a mistyped --output refuses with exit 2 and PF9004 and deletes
/// nothing, whatever the folder holds.
/// </summary>
public sealed class OutputGuardTests : IDisposable
{
    readonly FixtureSite site = new();

    public void Dispose() => site.Dispose();

    string At(string relative) => Path.Combine(site.Root, relative);

    CliRun Build(string output) =>
        CliRun.Of("build", "--content", site.ContentDir, "--theme", At("themes/default"), "--output", output);

    static string[] Tree(string dir) =>
        [.. Directory.EnumerateFileSystemEntries(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    void AssertRefused(string output, string because)
    {
        var before = Tree(site.Root);

        var run = Build(output);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("PF9004", run.Stderr, StringComparison.Ordinal);
        Assert.Contains(because, run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, Tree(site.Root));
    }

    [Fact]
    public void Content_folder_is_never_replaced() => AssertRefused(site.ContentDir, "is or holds the content folder");

    [Fact]
    public void Folder_holding_the_theme_is_never_replaced() => AssertRefused(At("themes"), "is or holds the theme folder");

    [Fact]
    public void Folder_holding_everything_is_never_replaced() => AssertRefused(site.Root, "is or holds the content folder");

    [Fact]
    public void Output_inside_the_theme_would_be_read_back_and_is_refused() =>
        AssertRefused(At("themes/default/assets/site"), "is inside the theme folder");

    [Fact]
    public void Output_inside_the_content_is_refused() => AssertRefused(At("content/site"), "is inside the content folder");

    [Fact]
    public void Folder_of_someone_elses_files_is_never_replaced()
    {
        site.Write("thesis/chapter-1.md", "Three years of work.");

        AssertRefused(At("thesis"), "holds files this generator did not make");
        Assert.Equal("Three years of work.", site.Read("thesis/chapter-1.md"));
    }

    [Fact]
    public void A_repository_is_never_replaced_even_with_a_marker()
    {
        site.Write("repo/.git/HEAD", "ref: refs/heads/main\n");
        site.Write("repo/" + OutputGuard.MarkerName, OutputGuard.MarkerText);

        AssertRefused(At("repo"), "is a git repository");
    }

    [Fact]
    public void A_file_or_a_link_given_as_the_output_is_refused()
    {
        site.Write("notes.txt", "keep me");
        AssertRefused(At("notes.txt"), "is a file, not a folder");

        Directory.CreateDirectory(At("real-output"));
        SpecialFiles.Link(At("linked-output"), At("real-output"));
        AssertRefused(At("linked-output"), "is a symbolic link");
    }

    [Fact]
    public void Empty_output_is_a_usage_error()
    {
        var run = Build("");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("PF9001", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData(".")]
    [InlineData("..")]
    public void The_root_the_working_folder_and_what_holds_it_are_never_replaced(string output) =>
        Assert.Equal(Codes.OutputNotOurs, OutputGuard.Check(output, site.ContentDir, At("themes/default"))?.Code);

    [Fact]
    public void Home_folder_is_never_replaced() =>
        Assert.Equal(Codes.OutputNotOurs, OutputGuard.Check(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), site.ContentDir, At("themes/default"))?.Code);

    [Fact]
    public void First_build_into_a_new_or_empty_folder_works_and_marks_it()
    {
        Directory.CreateDirectory(At("empty"));

        Assert.Equal(ExitCodes.Ok, Build(At("empty")).ExitCode);
        Assert.Equal(ExitCodes.Ok, Build(At("new/site")).ExitCode);

        Assert.True(File.Exists(At("empty/index.html")));
        Assert.True(OutputGuard.IsMarked(At("empty")));
        Assert.True(OutputGuard.IsMarked(At("new/site")));
    }

    [Fact]
    public void A_folder_the_generator_made_is_replaced_again()
    {
        Assert.Equal(ExitCodes.Ok, Build(site.OutputDir).ExitCode);
        File.WriteAllText(Path.Combine(site.OutputDir, "stale.html"), "old");

        Assert.Equal(ExitCodes.Ok, Build(site.OutputDir).ExitCode);

        Assert.False(File.Exists(Path.Combine(site.OutputDir, "stale.html")));
    }
}
