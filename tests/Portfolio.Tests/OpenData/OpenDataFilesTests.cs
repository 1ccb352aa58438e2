using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Portfolio.Pipeline;
using Portfolio.Tests.Support;

namespace Portfolio.Tests.OpenData;

public sealed class OpenDataFilesTests : IDisposable
{
    readonly FixtureSite site = new();

    public void Dispose() => site.Dispose();

    JsonElement CasesJson() => JsonDocument.Parse(site.Read("output/data/cases.json")).RootElement;

    static JsonElement CaseOf(JsonElement root, string slug) => root.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("slug").GetString() == slug);

    static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    [Fact]
    public void Cases_json_describes_the_data_set_and_lists_every_published_case()
    {
        site.BuildClean();

        var root = CasesJson();
        Assert.Equal("1.0", root.GetProperty("schema_version").GetString());
        Assert.Equal("2026-02-01", root.GetProperty("build_date").GetString()); // beta's last_reviewed, the latest
        Assert.Equal("CC BY 4.0", root.GetProperty("licence").GetProperty("name").GetString());
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", root.GetProperty("licence").GetProperty("url").GetString());
        Assert.StartsWith("Fixture Portfolio (2026)", root.GetProperty("citation").GetString(), StringComparison.Ordinal);
        Assert.Contains("https://fixture.example.org/", root.GetProperty("citation").GetString(), StringComparison.Ordinal);
        Assert.Equal("https://fixture.example.org/data/cases.json", root.GetProperty("url").GetString());
        Assert.Equal(["alpha", "beta"], root.GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("slug").GetString()));
    }

    [Fact]
    public void A_case_record_has_its_fields_its_url_and_the_derived_names()
    {
        site.BuildClean();

        var beta = CaseOf(CasesJson(), "beta");
        Assert.Equal("https://fixture.example.org/cases/beta/", beta.GetProperty("url").GetString());
        Assert.Equal("Beta maps water intakes for the water authority.", beta.GetProperty("summary").GetString());
        Assert.Equal(["UY", "BR"], Strings(beta.GetProperty("countries")));
        Assert.Equal("individual", beta.GetProperty("coproduction").GetProperty("level").GetString());
        Assert.Equal(["co-commissioning", "co-delivery"], Strings(beta.GetProperty("coproduction").GetProperty("phases")));
        Assert.Equal("government", beta.GetProperty("partners")[0].GetProperty("sector").GetString());
        Assert.Equal("2026-02-01", beta.GetProperty("last_reviewed").GetString());
        Assert.False(beta.TryGetProperty("year", out _), "an optional field the case leaves out stays out");
        Assert.Empty(beta.GetProperty("techniques").EnumerateArray());

        var derived = beta.GetProperty("derived");
        Assert.Equal(["Uruguay", "Brazil"], Strings(derived.GetProperty("country_names")));
        Assert.Equal(["individual-co-commissioning", "individual-co-delivery"], Strings(derived.GetProperty("matrix_cells")));
        Assert.Equal("Individual", derived.GetProperty("level_name").GetString());
        Assert.Equal(["Co-commissioning", "Co-delivery"], Strings(derived.GetProperty("phase_names")));
    }

    [Fact]
    public void Every_matrix_cell_named_in_the_data_is_an_anchor_of_the_framework_page()
    {
        site.BuildClean();

        var framework = site.Page("/framework/");
        foreach (var cell in CasesJson().GetProperty("cases").EnumerateArray().SelectMany(c => Strings(c.GetProperty("derived").GetProperty("matrix_cells"))))
        {
            Assert.NotNull(framework.GetElementById(cell));
        }
    }

    [Fact]
    public void Each_case_file_holds_the_same_record_as_cases_json()
    {
        site.BuildClean();

        var all = CasesJson();
        foreach (var record in all.GetProperty("cases").EnumerateArray())
        {
            var slug = record.GetProperty("slug").GetString()!;
            var single = JsonDocument.Parse(site.Read($"output/data/cases/{slug}.json")).RootElement;
            Assert.True(JsonElement.DeepEquals(record, single.GetProperty("case")), $"{slug}.json differs from its record in cases.json");
            Assert.True(JsonElement.DeepEquals(all.GetProperty("licence"), single.GetProperty("licence")));
            Assert.Equal($"https://fixture.example.org/data/cases/{slug}.json", single.GetProperty("url").GetString());
        }
    }

    [Fact]
    public void Every_case_record_without_slug_url_and_derived_follows_the_published_case_schema()
    {
        site.Write(HostileCase.Path, HostileCase.File);
        site.BuildClean();

        var schema = JsonSchema.FromText(site.Read("output/schema/case.schema.json"));
        var records = JsonNode.Parse(site.Read("output/data/cases.json"))!["cases"]!.AsArray();
        Assert.Equal(3, records.Count);
        foreach (var record in records.Select(r => r!.AsObject()))
        {
            var slug = record["slug"]!.GetValue<string>();
            Assert.True(record.Remove("slug") && record.Remove("url") && record.Remove("derived"));
            var result = schema.Evaluate(JsonSerializer.SerializeToElement(record), new EvaluationOptions { RequireFormatValidation = true, OutputFormat = OutputFormat.List });
            Assert.True(result.IsValid, $"{slug}: " + string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null)
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        }
    }

    [Fact]
    public void Build_date_option_sets_the_date_of_the_data()
    {
        var result = new BuildPipeline(Producers.Default).Run(site.Options() with { BuildDate = new DateOnly(2027, 5, 4) }, write: true);

        Assert.Equal(0, result.ErrorCount);
        Assert.Equal("2027-05-04", CasesJson().GetProperty("build_date").GetString());
        Assert.StartsWith("Fixture Portfolio (2027)", CasesJson().GetProperty("citation").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_cases_stay_out_of_the_open_data_feed_and_sitemap()
    {
        site.Write("content/cases/gamma.md", site.Read("content/cases/alpha.md").Replace("title: Alpha", "title: Gamma\ndraft: true", StringComparison.Ordinal));

        site.BuildClean();

        Assert.DoesNotContain("gamma", CasesJson().GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("slug").GetString()));
        Assert.False(File.Exists(Path.Combine(site.OutputDir, "data", "cases", "gamma.json")));
        Assert.DoesNotContain("gamma", site.Read("output/data/cases.csv"), StringComparison.Ordinal);
        Assert.DoesNotContain("gamma", site.Read("output/feed.xml"), StringComparison.Ordinal);
        Assert.DoesNotContain("gamma", site.Read("output/sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Cases_csv_is_RFC_4180_with_a_byte_order_mark_and_one_row_per_case()
    {
        site.BuildClean();

        var bytes = File.ReadAllBytes(Path.Combine(site.OutputDir, "data", "cases.csv"));
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var rows = Rfc4180Reader.Read(Encoding.UTF8.GetString(bytes[3..]));
        var header = rows[0];
        Assert.Equal("slug", header[0]);
        Assert.Equal(header.Count, header.Distinct().Count());
        Portfolio.Tests.Shared.Every.Item(rows, row => Assert.Equal(header.Count, row.Count));
        Assert.Equal(["alpha", "beta"], rows.Skip(1).Select(r => r[0]));

        var beta = rows.Single(r => r[0] == "beta");
        string Cell(string column) => beta[header.IndexOf(column)];
        Assert.Equal("https://fixture.example.org/cases/beta/", Cell("url"));
        Assert.Equal("UY; BR", Cell("countries"));
        Assert.Equal("Uruguay; Brazil", Cell("country_names"));
        Assert.Equal("individual-co-commissioning; individual-co-delivery", Cell("matrix_cells"));
        Assert.Equal("", Cell("year"));
        Assert.Equal("2026-02-01", Cell("last_reviewed"));
    }

    [Fact]
    public void Two_builds_give_the_same_bytes_for_every_data_and_plumbing_file()
    {
        using var other = new FixtureSite();
        site.BuildClean();
        other.BuildClean();
        var first = site.OutputFiles();
        var second = other.OutputFiles();

        string[] paths = ["data/cases.json", "data/cases.csv", "data/cases/alpha.json", "data/index.html", "feed.xml", "sitemap.xml", "robots.txt", "index.html", "cases/alpha/index.html"];
        foreach (var path in paths)
        {
            Assert.Equal(first.Single(f => f.Path == path).Bytes, second.Single(f => f.Path == path).Bytes);
        }
    }
}
