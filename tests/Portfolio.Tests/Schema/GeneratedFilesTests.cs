using System.Text;
using Portfolio.Schema;
using Portfolio.Tests.Support;

namespace Portfolio.Tests.Schema;

public sealed class GeneratedFilesTests
{
    [Fact]
    public void Committed_schema_and_field_reference_match_the_case_schema()
    {
        var stale = new GeneratedFiles(FixtureSite.RepositoryRoot).Stale();

        Assert.True(stale.IsEmpty, string.Join('\n', stale) + "\nRun 'dotnet run --project generator -- schema --write' and commit the result.");
    }

    [Fact]
    public void Built_site_publishes_the_same_schema_as_the_repository()
    {
        using var site = new FixtureSite();
        site.BuildClean();

        var published = site.OutputFiles().Single(f => f.Path == "schema/case.schema.json");
        var committed = File.ReadAllText(Path.Combine(FixtureSite.RepositoryRoot, "schema", "case.schema.json")).ReplaceLineEndings("\n");
        Assert.Equal(committed, Encoding.UTF8.GetString(published.Bytes));
    }

    [Fact]
    public void Changed_field_reference_is_reported_as_stale_and_rewritten()
    {
        var root = Path.Combine(Path.GetTempPath(), "portfolio-generated-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        try
        {
            File.WriteAllText(Path.Combine(root, "CONTRIBUTING.md"),
                $"# Contributing\n\n{FieldReference.StartMarker}\n| old table |\n{FieldReference.EndMarker}\n\nMore text.\n");
            var files = new GeneratedFiles(root);

            Assert.Equal(2, files.Stale().Length);
            Assert.Null(files.Write());

            Assert.Empty(files.Stale());
            var rewritten = File.ReadAllText(Path.Combine(root, "CONTRIBUTING.md"));
            Assert.Contains("| `coproduction.level` | yes, within its group |", rewritten, StringComparison.Ordinal);
            Assert.DoesNotContain("old table", rewritten, StringComparison.Ordinal);
            Assert.EndsWith($"{FieldReference.EndMarker}\n\nMore text.\n", rewritten, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Contributing_without_markers_is_not_overwritten()
    {
        var root = Path.Combine(Path.GetTempPath(), "portfolio-generated-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        try
        {
            File.WriteAllText(Path.Combine(root, "CONTRIBUTING.md"), "# Contributing\n");

            var problem = new GeneratedFiles(root).Write();

            Assert.NotNull(problem);
            Assert.Contains("markers", problem, StringComparison.Ordinal);
            Assert.Equal("# Contributing\n", File.ReadAllText(Path.Combine(root, "CONTRIBUTING.md")));
            Assert.False(File.Exists(Path.Combine(root, "schema", "case.schema.json")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
