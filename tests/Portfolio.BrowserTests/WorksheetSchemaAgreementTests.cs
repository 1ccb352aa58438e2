using System.Collections.Immutable;
using System.Text.Json;
using Portfolio.Content;
using Portfolio.Content.Schema;
using Portfolio.Content.Yaml;
using Portfolio.Tests.Schema;
using static Microsoft.Playwright.Assertions;

namespace Portfolio.BrowserTests;

/// <summary>
/// The worksheet's checker (assets/js/schema-check.js, run in the browser on the published JSON Schema) and the
/// build's validator judge the schema fixtures alike (tests/Portfolio.Tests/Fixtures/schema): valid files pass both,
/// broken files fail both, on the same field; the few <c>differs/</c> files, which no JSON Schema can tell from valid
/// ones, pass the browser's checker as they pass the schema (the worksheet never writes them).
/// </summary>
[Collection(BrowserSite.Name)]
public sealed class WorksheetSchemaAgreementTests(BuiltSite site, Chromium chromium)
{
    static string Fixtures => Path.Combine(BuiltSite.RepositoryRoot, "tests", "Portfolio.Tests", "Fixtures", "schema");

    static readonly string[] Folders = ["valid", "broken", "differs"];

    [SkippableFact]
    public async Task The_browser_checker_and_the_build_agree_on_every_schema_fixture()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/guide/worksheet/");
        await Expect(page.Locator("#worksheet[data-ready=true]")).ToHaveCountAsync(1);
        var disagreements = new List<string>();
        var count = 0;

        foreach (var folder in Folders)
        {
            foreach (var path in Directory.EnumerateFiles(Path.Combine(Fixtures, folder), "*.md").Order(StringComparer.Ordinal))
            {
                count++;
                var name = Path.GetFileNameWithoutExtension(path);
                var fields = Parse(name, await File.ReadAllTextAsync(path));
                var build = new SchemaValidator(KnownSlugs.Empty).Validate(fields, CaseSchema.Root);
                var json = JsonSerializer.Serialize(YamlToJson.Convert(fields));
                var browser = await page.EvaluateAsync<string[]>(
                    """
                    async ([value]) => {
                      const form = document.getElementById("worksheet");
                      const [schema, checker] = await Promise.all([fetch(form.dataset.schema).then(r => r.json()), import(form.dataset.validator)]);
                      return checker.check(schema, JSON.parse(value)).map(p => p.path);
                    }
                    """, new object[] { json });

                var expectAccepted = folder != "broken";
                if (folder == "valid" && !build.IsEmpty)
                {
                    disagreements.Add($"{folder}/{name}: the build refuses a valid fixture");
                }

                if (expectAccepted != (browser.Length == 0))
                {
                    disagreements.Add($"{folder}/{name}: the browser {(browser.Length == 0 ? "accepts" : "refuses")} it ({string.Join(", ", browser)}); the build says {Describe(build)}");
                }
                else if (folder == "broken" && !browser.Any(p => build.Any(d => d.Message.Contains(Field(p), StringComparison.Ordinal))))
                {
                    disagreements.Add($"{folder}/{name}: the browser blames {string.Join(", ", browser)}; the build says {Describe(build)}");
                }
            }
        }

        Assert.True(count > 40, $"only {count} fixtures found in {Fixtures}");
        Assert.True(disagreements.Count == 0, string.Join('\n', disagreements));
        await page.Context.CloseAsync();
    }

    /// <summary>The last named field of a JSON Pointer (<c>/partners/0/sector</c> names <c>sector</c>).</summary>
    static string Field(string pointer) => pointer.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(p => !p.All(char.IsAsciiDigit)) ?? "";

    static string Describe(ImmutableArray<Diagnostics.Diagnostic> diagnostics) =>
        diagnostics.IsEmpty ? "nothing" : string.Join("; ", diagnostics.Select(d => d.Message));

    static YamlMapping Parse(string name, string text)
    {
        var source = new SourceFile($"content/cases/{name}.md", ContentKind.Case, name, text.ReplaceLineEndings("\n"), "");
        var (documents, problems) = new Parser(MarkdownSetup.Pipeline).Parse([source]);
        Assert.Empty(problems);
        return Assert.Single(documents).Fields;
    }
}
