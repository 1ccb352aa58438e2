using System.Text.RegularExpressions;
using Portfolio.Diagnostics;
using Portfolio.Tests.Support;

namespace Portfolio.Tests.Pipeline;

/// <summary>The README's table of diagnostic codes stays in step with the codes the generator emits.</summary>
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
    public void Codes_are_unique()
    {
        Assert.Equal(Codes.All.Count, Codes.All.Select(c => c.Id).Distinct().Count());
    }
}
