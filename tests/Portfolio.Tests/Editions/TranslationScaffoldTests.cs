using Portfolio.Tests.Cli;
using Portfolio.Tests.Support;

namespace Portfolio.Tests.Editions;

/// <summary><c>portfolio new case ia2 --lang es</c> starts a translation that the build accepts as it is.</summary>
public sealed class TranslationScaffoldTests : IDisposable
{
    readonly FixtureSite site = FixtureSite.OfRepositoryContent();

    public void Dispose() => site.Dispose();

    [Fact]
    public void The_start_of_a_translation_holds_only_what_a_translation_may_give_and_builds_without_edits()
    {
        site.Delete("content/cases/dinagua.pt.md");
        var run = CliRun.Of("new", "case", "dinagua", "--lang", "pt", "--content", site.ContentDir);
        Assert.Equal(0, run.ExitCode);
        var text = site.Read("content/cases/dinagua.pt.md");
        Assert.Contains("translated_from: ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("countries:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("level:", text, StringComparison.Ordinal);
        Assert.Contains("## ", text, StringComparison.Ordinal);

        var result = site.Build();
        Assert.True(result.ErrorCount == 0 && result.WarningCount == 0, string.Join('\n', result.Diagnostics));
        Assert.Null(site.Page("/pt/cases/dinagua/").QuerySelector("main .translation-note"));

        var again = CliRun.Of("new", "case", "dinagua", "--lang", "pt", "--content", site.ContentDir);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already exists", again.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Translating_a_case_that_does_not_exist_or_into_an_unknown_language_is_a_usage_error()
    {
        Assert.Equal(2, CliRun.Of("new", "case", "nowhere", "--lang", "es", "--content", site.ContentDir).ExitCode);
        Assert.Equal(2, CliRun.Of("new", "case", "ia2", "--lang", "fr", "--content", site.ContentDir).ExitCode);
    }
}
