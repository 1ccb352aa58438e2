using System.Collections.Immutable;
using System.Text.Json;
using Json.Schema;
using Portfolio.Content;
using Portfolio.Content.Schema;
using Portfolio.Diagnostics;
using Portfolio.Schema;
using Portfolio.Tests.Support;

namespace Portfolio.Tests.Schema;

/// <summary>
/// The published JSON Schema and the generator's validator must judge every case file alike.
/// Fixtures live in <c>Fixtures/schema/</c>: <c>valid/</c> files pass both, <c>broken/</c> files fail
/// both (a <c># expect: CODE</c> line names the validator's code), and <c>differs/</c> holds the few
/// the validator refuses but no JSON Schema can, because the YAML value converts to the same JSON as an
/// accepted one (<c>False</c>, <c>+2020</c>, <c>2020.0</c>). References to other files (a theme that
/// is not in taxonomies.yml, a guide step that does not exist) are checked by the build only: the
/// validator runs here without vocabularies, which leaves those checks out.
/// </summary>
public sealed class SchemaAgreementTests
{
    static readonly JsonSchema Schema = JsonSchema.FromText(CaseJsonSchema.Text);
    static readonly EvaluationOptions Options = new() { RequireFormatValidation = true, OutputFormat = OutputFormat.List };

    public static TheoryData<string> Valid => Fixtures("valid");

    public static TheoryData<string> Broken => Fixtures("broken");

    public static TheoryData<string> Differs => Fixtures("differs");

    [Theory]
    [MemberData(nameof(Valid))]
    public void Valid_case_passes_the_validator_and_the_json_schema(string name)
    {
        var (fields, _) = Read("valid", name);

        Assert.Empty(Validate(fields));
        var result = Evaluate(fields);
        Assert.True(result.IsValid, Errors(result));
    }

    [Theory]
    [MemberData(nameof(Broken))]
    public void Broken_case_fails_the_validator_and_the_json_schema(string name)
    {
        var (fields, expected) = Read("broken", name);

        var diagnostics = Validate(fields);
        Assert.Contains(diagnostics, d => d.Code.Id == expected);
        Assert.False(Evaluate(fields).IsValid, $"the JSON Schema accepts {name}.md, which the validator refuses: {string.Join("; ", diagnostics)}");
    }

    [Theory]
    [MemberData(nameof(Differs))]
    public void Case_the_json_schema_cannot_tell_apart_is_refused_by_the_validator_only(string name)
    {
        var (fields, expected) = Read("differs", name);

        Assert.Contains(Validate(fields), d => d.Code.Id == expected);
        Assert.True(Evaluate(fields).IsValid, $"the JSON Schema now refuses {name}.md too: move it to broken/");
    }

    [Fact]
    public void References_to_missing_themes_and_steps_are_left_to_the_build()
    {
        using var site = new FixtureSite();
        var (fields, _) = Read("valid", "full");
        var text = File.ReadAllText(FixturePath("valid", "full"))
            .Replace("themes: [health]", "themes: [housing]", StringComparison.Ordinal)
            .Replace("illustrates: [first-step]", "illustrates: [third-step]", StringComparison.Ordinal);
        site.Write("content/cases/full.md", text);

        var codes = FixtureSite.Errors(site.Build(write: false)).Select(d => d.Code.Id).ToList();

        Assert.Equal(["PF2002", "PF2004"], codes.Order(StringComparer.Ordinal));
        Assert.True(Evaluate(Parse("full", text)).IsValid);
        Assert.Empty(Validate(fields));
    }

    static TheoryData<string> Fixtures(string folder) =>
        [.. Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "schema", folder), "*.md")
            .Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal)];

    static string FixturePath(string folder, string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "schema", folder, name + ".md");

    static (global::Portfolio.Content.Yaml.YamlMapping Fields, string? Expected) Read(string folder, string name)
    {
        var text = File.ReadAllText(FixturePath(folder, name));
        var expected = text.Split('\n').FirstOrDefault(l => l.StartsWith("# expect: ", StringComparison.Ordinal))?["# expect: ".Length..].Trim();
        return (Parse(name, text), expected);
    }

    static global::Portfolio.Content.Yaml.YamlMapping Parse(string name, string text)
    {
        var source = new SourceFile($"content/cases/{name}.md", ContentKind.Case, name, text.ReplaceLineEndings("\n"), "");
        var (documents, problems) = new Parser(MarkdownSetup.Pipeline).Parse([source]);
        Assert.Empty(problems);
        return Assert.Single(documents).Fields;
    }

    static ImmutableArray<Diagnostic> Validate(global::Portfolio.Content.Yaml.YamlMapping fields) =>
        new SchemaValidator(KnownSlugs.Empty).Validate(fields, CaseSchema.Root);

    static EvaluationResults Evaluate(global::Portfolio.Content.Yaml.YamlMapping fields) =>
        Schema.Evaluate(JsonSerializer.SerializeToElement(YamlToJson.Convert(fields)), Options);

    static string Errors(EvaluationResults result) => string.Join("; ",
        (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));
}
