using System.Text;
using Portfolio.Diagnostics;
using Portfolio.Tests.Support;

namespace Portfolio.Tests.Safety;

/// <summary>
/// Bodies that crash Markdig or make it quadratic are coded errors at their line, found before anything slow
/// runs. (How long the worst bodies under the size limit take is measured in bench/HostileInput, not here.)
/// </summary>
public sealed class HostileMarkdownTests : IDisposable
{
    readonly FixtureSite site = new();

    public void Dispose() => site.Dispose();

    /// <summary>Alpha's front matter with <paramref name="body"/>; returns the line the body starts on.</summary>
    int WriteCase(string body)
    {
        var alpha = site.Read("content/cases/alpha.md");
        var end = alpha.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5;
        site.Write("content/cases/hostile.md", alpha[..end] + body);
        return alpha[..end].Count(c => c == '\n') + 1;
    }

    Diagnostic ErrorFor()
    {
        var result = site.Build(write: false);
        Assert.True(result.Failed(strict: false));
        return Assert.Single(result.Diagnostics, d => d.IsError && d.Position.File == "content/cases/hostile.md");
    }

    [Fact]
    public void Block_quotes_nested_past_markdigs_limit_are_a_coded_error_at_their_line()
    {
        var first = WriteCase("Some text.\n\n" + new string('>', 128) + " deep\n");

        var error = ErrorFor();

        Assert.Equal(Codes.MarkdownTooDeep, error.Code);
        Assert.Equal(first + 2, error.Position.Line);
    }

    [Fact]
    public void Lists_nested_sixty_four_levels_are_a_coded_error_at_the_first_line_too_deep()
    {
        var body = string.Concat(Enumerable.Range(0, 64).Select(i => new string(' ', 2 * i) + "- item\n"));
        var first = WriteCase(body);

        var error = ErrorFor();

        Assert.Equal(Codes.MarkdownTooDeep, error.Code);
        Assert.InRange(error.Position.Line, first + 8, first + 20);
    }

    [Theory]
    [InlineData("[ ")]
    [InlineData("![ ")]
    [InlineData("[a *")]
    [InlineData("> - ")]
    public void Thousands_of_unclosed_openers_are_a_coded_error_not_a_crash(string opener)
    {
        WriteCase("Before.\n\n" + string.Concat(Enumerable.Repeat(opener, 3000)) + "\n");

        Assert.Equal(Codes.MarkdownTooDeep, ErrorFor().Code);
    }

    [Fact]
    public void Twenty_thousand_headings_are_refused_at_the_first_one_past_the_limit()
    {
        var first = WriteCase(string.Concat(Enumerable.Repeat("## a\n\n", 20_000)));

        var error = ErrorFor();

        Assert.Equal(Codes.MarkdownTooLarge, error.Code);
        Assert.Equal(first + 2000, error.Position.Line);
    }

    [Fact]
    public void Many_empty_headings_are_refused()
    {
        WriteCase(string.Concat(Enumerable.Repeat("#\n", 100_000)));

        Assert.Equal(Codes.MarkdownTooLarge, ErrorFor().Code);
    }

    [Fact]
    public void A_long_run_of_link_openers_without_spaces_is_refused_at_its_column()
    {
        var first = WriteCase("Text before it.\n\nWords then " + string.Concat(Enumerable.Repeat("[a](", 50_000)) + "\n");

        var error = ErrorFor();

        Assert.Equal(Codes.MarkdownTooLarge, error.Code);
        Assert.Equal(new SourceRange("content/cases/hostile.md", first + 2, 12), error.Position);
    }

    [Fact]
    public void Thousands_of_link_definitions_are_refused()
    {
        WriteCase(string.Concat(Enumerable.Range(0, 5000).Select(i => $"[l{i}]: /cases/alpha/\n")));

        Assert.Equal(Codes.MarkdownTooLarge, ErrorFor().Code);
    }

    [Fact]
    public void Bodies_at_every_limit_still_build()
    {
        var body = new StringBuilder();
        body.Append(string.Concat(Enumerable.Range(1, 999).Select(i => $"## Section {i}\n\n")));
        body.Append(new string('x', 2048)).Append('\n');
        body.Append(string.Concat(Enumerable.Range(0, 10).Select(i => new string(' ', 2 * i) + "- level\n")));
        WriteCase(body.ToString());

        var result = site.Build(write: false);

        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
    }
}
