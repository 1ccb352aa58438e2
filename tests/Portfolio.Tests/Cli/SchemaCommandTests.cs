using System.Text.Json;
using Portfolio.Schema;
using Portfolio.Tests.Support;

namespace Portfolio.Tests.Cli;

public sealed class SchemaCommandTests : IDisposable
{
    readonly string root = Path.Combine(Path.GetTempPath(), "portfolio-schema-" + Guid.NewGuid().ToString("N"));

    public SchemaCommandTests()
    {
        Directory.CreateDirectory(root);
        File.Copy(Path.Combine(FixtureSite.RepositoryRoot, "CONTRIBUTING.md"), Path.Combine(root, "CONTRIBUTING.md"));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void Schema_prints_the_case_json_schema()
    {
        var run = CliRun.Of("schema");

        Assert.Equal(0, run.ExitCode);
        using var schema = JsonDocument.Parse(run.Stdout);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.RootElement.GetProperty("$schema").GetString());
        Assert.Contains("coproduction", schema.RootElement.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Check_fails_on_stale_files_and_passes_after_write()
    {
        var stale = CliRun.Of("schema", "--check", "--root", root);
        Assert.Equal(1, stale.ExitCode);
        Assert.Contains("schema/case.schema.json does not match the case schema", stale.Stderr, StringComparison.Ordinal);
        Assert.Contains("portfolio schema --write", stale.Stderr, StringComparison.Ordinal);

        var write = CliRun.Of("schema", "--write", "--root", root);
        Assert.Equal(0, write.ExitCode);
        Assert.Equal(CaseJsonSchema.Text, File.ReadAllText(Path.Combine(root, "schema", "case.schema.json")));

        var check = CliRun.Of("schema", "--check", "--root", root);
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("up to date", check.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_and_check_together_is_a_usage_error()
    {
        var run = CliRun.Of("schema", "--write", "--check");

        Assert.Equal(2, run.ExitCode);
    }
}
