using Portfolio.Tests.Support;

namespace Portfolio.Tests.Content;

/// <summary>One mistake gives one error: a broken file is not also reported as missing wherever it is named.</summary>
public sealed class CascadeTests : IDisposable
{
    readonly FixtureSite site = new();

    public void Dispose() => site.Dispose();

    [Fact]
    public void Syntax_error_in_a_case_is_not_also_an_unknown_case_elsewhere()
    {
        site.Write("content/cases/alpha.md", site.Read("content/cases/alpha.md").Replace("title: Alpha", "title: [Alpha", StringComparison.Ordinal));

        var result = site.Build(write: false);

        Portfolio.Tests.Shared.Every.Item(result.Diagnostics, d => Assert.Equal("content/cases/alpha.md", d.Position.File));
    }

    [Fact]
    public void Syntax_error_in_a_guide_step_is_not_also_an_unknown_step_in_cases()
    {
        site.Write("content/guide/01-first-step.md", site.Read("content/guide/01-first-step.md").Replace("title: First step", "title: [First", StringComparison.Ordinal));

        var result = site.Build(write: false);

        Portfolio.Tests.Shared.Every.Item(result.Diagnostics, d => Assert.Equal("content/guide/01-first-step.md", d.Position.File));
    }
}
