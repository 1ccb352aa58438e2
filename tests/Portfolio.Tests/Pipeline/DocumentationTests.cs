using Portfolio.Tests.Shared;
using System.Text.RegularExpressions;
using Portfolio.Diagnostics;
using Portfolio.Tests.Support;

namespace Portfolio.Tests.Pipeline;

/// <summary>The README's tables of diagnostic codes and commands stay in step with what the generator defines.</summary>
public sealed partial class DocumentationTests
{
    [GeneratedRegex(@"^\| (PF\d{4}) \| (.+) \|$", RegexOptions.Multiline)]
    private static partial Regex CodeRow();

    [Fact]
    public void Readme_lists_every_diagnostic_code_with_its_title()
    {
        var readme = File.ReadAllText(Path.Combine(FixtureSite.RepositoryRoot, "README.md"));

        var documented = CodeRow().Matches(readme).Select(m => (m.Groups[1].Value, m.Groups[2].Value));

        Assert.Equal(Codes.All.Select(c => (c.Id, c.Title)), documented);
    }

    [Fact]
    public void Readme_shows_the_command_line_as_the_program_defines_it()
    {
        var readme = File.ReadAllText(Path.Combine(FixtureSite.RepositoryRoot, "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf("## Commands", StringComparison.Ordinal);
        var block = readme[(readme.IndexOf("```\n", start, StringComparison.Ordinal) + 4)..];
        block = block[..block.IndexOf("```", StringComparison.Ordinal)];

        Assert.Equal(Portfolio.Cli.CommandSpecs.Reference(), block);
    }

    [Fact]
    public void Every_option_the_commands_take_is_explained_once()
    {
        var options = Portfolio.Cli.CommandSpecs.All.SelectMany(c => c.Options).ToList();

        Assert.NotEmpty(options);
        Every.Item(options, o => Assert.False(string.IsNullOrWhiteSpace(o.Help), $"{o.Name} has no help"));
        Every.Item(options.GroupBy(o => o.Name), g => Assert.Single(g.Select(o => (o.Value, o.Help)).Distinct()));
    }

    [Fact]
    public void Codes_are_unique()
    {
        Assert.Equal(Codes.All.Count, Codes.All.Select(c => c.Id).Distinct().Count());
    }
}
