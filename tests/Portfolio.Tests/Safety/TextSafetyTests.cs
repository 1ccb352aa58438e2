using Portfolio.Diagnostics;
using Portfolio.Tests.Support;

namespace Portfolio.Tests.Safety;

/// <summary>Control characters and noncharacters are a coded error with their position wherever they are written; they never crash a stage or reach the output.</summary>
public sealed class TextSafetyTests : IDisposable
{
    readonly FixtureSite site = new();

    public void Dispose() => site.Dispose();

    Diagnostic ErrorFor(string relative)
    {
        var result = site.Build(write: false);
        Assert.True(result.Failed(strict: false));
        Assert.Empty(result.Files);
        return Assert.Single(result.Diagnostics, d => d.IsError && d.Position.File == relative);
    }

    void ReplaceInAlpha(string from, string to) =>
        site.Write("content/cases/alpha.md", site.Read("content/cases/alpha.md").Replace(from, to, StringComparison.Ordinal));

    [Theory]
    [InlineData('\uFFFE')]
    [InlineData('\uFFFF')]
    [InlineData('\u0007')]
    [InlineData('\u0085')]
    [InlineData('\uFDD0')]
    public void Refused_character_in_a_title_is_reported_at_its_line_and_column(char refused)
    {
        ReplaceInAlpha("title: Alpha", $"title: Al{refused}pha");

        var error = ErrorFor("content/cases/alpha.md");

        Assert.Equal(Codes.ControlCharacter, error.Code);
        Assert.Equal(10, error.Position.Column);
        Assert.Contains($"U+{(int)refused:X4}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Noncharacter_beyond_the_basic_plane_in_a_body_is_reported()
    {
        site.Write("content/cases/alpha.md", site.Read("content/cases/alpha.md") + "\nA \U0001FFFE here.\n");

        Assert.Equal(Codes.ControlCharacter, ErrorFor("content/cases/alpha.md").Code);
    }

    [Fact]
    public void Control_character_written_as_a_yaml_escape_is_reported()
    {
        ReplaceInAlpha("title: Alpha", "title: \"Al\\u0007pha\"");

        Assert.Equal(Codes.ControlCharacter, ErrorFor("content/cases/alpha.md").Code);
    }

    [Theory]
    [InlineData("&#xFFFE;")]
    [InlineData("&#1;")]
    [InlineData("&#x9F;")]
    public void Control_character_written_as_a_character_reference_is_reported(string reference)
    {
        site.Write("content/cases/alpha.md", site.Read("content/cases/alpha.md") + $"\nA {reference} here.\n");

        Assert.Equal(Codes.ControlCharacter, ErrorFor("content/cases/alpha.md").Code);
    }

    [Fact]
    public void Tabs_and_windows_line_ends_are_fine()
    {
        site.Write("content/cases/alpha.md", site.Read("content/cases/alpha.md").Replace("\n", "\r\n", StringComparison.Ordinal) + "\r\nA\ttab.\r\n");

        Assert.Equal(0, site.Build(write: false).ErrorCount);
    }

    [Fact]
    public void Control_character_in_a_layout_is_reported_against_the_layout()
    {
        site.Write("themes/default/layouts/page.scriban", site.Read("themes/default/layouts/page.scriban") + "\u0001");

        Assert.Equal(Codes.ControlCharacter, ErrorFor("themes/default/layouts/page.scriban").Code);
    }
}
