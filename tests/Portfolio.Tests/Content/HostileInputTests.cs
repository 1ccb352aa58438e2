using System.Globalization;
using System.Diagnostics;
using System.Text;
using Portfolio.Diagnostics;
using Portfolio.Tests.Support;

namespace Portfolio.Tests.Content;

/// <summary>Hostile or broken files give a clear error, never a hang, a crash or a stack trace.</summary>
public sealed class HostileInputTests : IDisposable
{
    readonly FixtureSite site = new();

    public void Dispose() => site.Dispose();

    Diagnostic SingleErrorFor(string path)
    {
        var clock = Stopwatch.StartNew();
        var result = site.Build(write: false);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), "the build must not hang on hostile input");
        var errors = result.Diagnostics.Where(d => d.IsError && d.Position.File == path).ToList();
        Assert.NotEmpty(errors);
        Assert.True(result.Failed(strict: false));
        return errors[0];
    }

    [Fact]
    public void Yaml_alias_bomb_is_refused_before_it_expands()
    {
        var yaml = new StringBuilder("---\ntitle: Bomb\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var i = 0; i < 9; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"{(char)('b' + i)}: &{(char)('b' + i)} [*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)}]\n");
        }

        site.Write("content/cases/bomb.md", yaml + "---\nBody\n");

        var error = SingleErrorFor("content/cases/bomb.md");
        Assert.Equal(Codes.YamlAlias, error.Code);
        Assert.Equal(3, error.Position.Line);
    }

    [Fact]
    public void Very_deep_nesting_is_an_error_not_a_stack_overflow()
    {
        var depth = 10_000;
        site.Write("content/cases/deep.md", "---\ntitle: " + new string('[', depth) + new string(']', depth) + "\n---\n");

        var error = SingleErrorFor("content/cases/deep.md");
        Assert.Equal(Codes.YamlTooDeep, error.Code);
    }

    [Fact]
    public void File_over_the_size_limit_is_refused_naming_the_limit()
    {
        site.Write("content/cases/huge.md", "---\ntitle: Huge\n---\n" + new string('x', 2 * 1024 * 1024));

        var error = SingleErrorFor("content/cases/huge.md");
        Assert.Equal(Codes.FileTooLarge, error.Code);
        Assert.Contains("262,144", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_is_reported_at_the_line_of_the_bad_byte()
    {
        var bytes = Encoding.UTF8.GetBytes("---\ntitle: Caf").Concat(new byte[] { 0xE9, 0x20 }).Concat(Encoding.UTF8.GetBytes("\n---\n")).ToArray();
        site.WriteBytes("content/cases/latin1.md", bytes);

        var error = SingleErrorFor("content/cases/latin1.md");
        Assert.Equal(Codes.InvalidUtf8, error.Code);
        Assert.Equal(2, error.Position.Line);
        Assert.Equal(11, error.Position.Column);
    }

    [Fact]
    public void Front_matter_that_is_a_single_value_is_refused()
    {
        site.Write("content/cases/scalar.md", "---\njust a sentence\n---\nBody\n");

        Assert.Equal(Codes.NotAMapping, SingleErrorFor("content/cases/scalar.md").Code);
    }

    [Fact]
    public void Empty_data_file_is_reported()
    {
        site.Write("content/data/taxonomies.yml", "\n");

        Assert.Equal(Codes.EmptyFile, SingleErrorFor("content/data/taxonomies.yml").Code);
    }

    [Fact]
    public void Utf8_bom_and_crlf_line_endings_are_accepted_with_exact_lines()
    {
        var text = site.Read("content/cases/alpha.md").Replace("\n", "\r\n", StringComparison.Ordinal)
            .Replace("level: group", "level: nation", StringComparison.Ordinal);
        site.WriteBytes("content/cases/alpha.md", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);

        var error = SingleErrorFor("content/cases/alpha.md");
        Assert.Equal(Codes.NotInEnum, error.Code);
        Assert.Equal(19, error.Position.Line);
        Assert.Equal(10, error.Position.Column);
    }

    [Fact]
    public void Bom_and_crlf_alone_build_cleanly()
    {
        var text = site.Read("content/cases/alpha.md").Replace("\n", "\r\n", StringComparison.Ordinal);
        site.WriteBytes("content/cases/alpha.md", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);

        site.BuildClean();
        Assert.Equal("Alpha", site.Page("/cases/alpha/").QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void All_problems_are_reported_in_one_run()
    {
        site.Write("content/cases/alpha.md", site.Read("content/cases/alpha.md")
            .Replace("level: group", "level: national", StringComparison.Ordinal)
            .Replace("countries: [AR]", "countries: [XX]", StringComparison.Ordinal));
        site.Write("content/cases/beta.md", site.Read("content/cases/beta.md").Replace("themes: [water]", "themes: [wter]", StringComparison.Ordinal));

        var result = site.Build(write: false);

        Assert.Equal(["PF1004", "PF1007", "PF2002"], result.Diagnostics.Select(d => d.Code.Id).Order(StringComparer.Ordinal));
    }
}
