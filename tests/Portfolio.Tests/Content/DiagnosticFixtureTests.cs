using Portfolio.Diagnostics;
using Portfolio.Tests.Support;

namespace Portfolio.Tests.Content;

/// <summary>
/// Fixture-driven validation tests, one per rule: each <c>Fixtures/diagnostics/NNN-topic/name.md</c> is
/// dropped into the fixture site as a case file, and the diagnostics reported for it must be exactly
/// the lines of <c>name.expected</c> (<c>line:col: severity CODE</c>).
/// </summary>
public sealed class DiagnosticFixtureTests
{
    static string FixtureRoot => Path.Combine(AppContext.BaseDirectory, "Fixtures", "diagnostics");

    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(FixtureRoot, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(FixtureRoot, file).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Case_file_fixture_reports_exactly_the_expected_diagnostics(string fixture)
    {
        using var site = new FixtureSite();
        var name = Path.GetFileName(fixture);
        site.WriteBytes($"content/cases/{name}", File.ReadAllBytes(Path.Combine(FixtureRoot, fixture)));

        var result = site.Build(write: false);

        var expected = File.ReadAllLines(Path.Combine(FixtureRoot, Path.ChangeExtension(fixture, ".expected")))
            .Where(line => line.Length > 0);
        var actual = result.Diagnostics
            .Where(d => d.Position.File == $"content/cases/{name}")
            .Select(d => $"{d.Position.Line}:{d.Position.Column}: {(d.IsError ? "error" : "warning")} {d.Code.Id}");
        Assert.Equal(expected, actual);
        Portfolio.Tests.Shared.Every.Item(result.Diagnostics.Where(d => d.Position.File == $"content/cases/{name}"), AssertHelpful);
        Assert.DoesNotContain(result.Diagnostics, d => d.Position.File != $"content/cases/{name}");
    }

    static void AssertHelpful(Diagnostic diagnostic)
    {
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message));
        Assert.DoesNotContain("Exception", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", diagnostic.Message, StringComparison.Ordinal);
    }
}
