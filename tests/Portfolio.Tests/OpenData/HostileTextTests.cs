using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Portfolio.Tests.Support;

namespace Portfolio.Tests.OpenData;

/// <summary>Text with quotes, markup, line breaks, commas, accents and formulas survives every format intact, and does nothing.</summary>
public sealed class HostileTextTests : IDisposable
{
    static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    readonly FixtureSite site = new();

    public HostileTextTests()
    {
        site.Write(HostileCase.Path, HostileCase.File);
        site.BuildClean();
    }

    public void Dispose() => site.Dispose();

    [Fact]
    public void Hostile_text_round_trips_through_the_JSON_files()
    {
        foreach (var (file, record) in new[] { ("output/data/cases.json", "cases"), ($"output/data/cases/{HostileCase.Slug}.json", "case") })
        {
            var root = JsonDocument.Parse(site.Read(file)).RootElement.GetProperty(record);
            var c = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().Single(e => e.GetProperty("slug").GetString() == HostileCase.Slug) : root;
            Assert.Equal(HostileCase.Title, c.GetProperty("title").GetString());
            Assert.Equal(HostileCase.Summary, c.GetProperty("summary").GetString());
            Assert.Equal(HostileCase.Partner, c.GetProperty("partners")[0].GetProperty("name").GetString());
            Assert.Equal(HostileCase.Gaps, c.GetProperty("data").GetProperty("gaps").GetString());
            Assert.Equal(HostileCase.SourceUrl, c.GetProperty("sources")[0].GetProperty("url").GetString());
        }

        Assert.Contains("ñandú", site.Read("output/data/cases.json"), StringComparison.Ordinal); // readable, not \u00F1
    }

    [Fact]
    public void Hostile_text_round_trips_through_the_CSV_file_and_formulas_are_neutralised()
    {
        var rows = Rfc4180Reader.Read(Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(site.OutputDir, "data", "cases.csv"))[3..]));
        var header = rows[0];
        var row = rows.Single(r => r[0] == HostileCase.Slug);
        string Cell(string column) => row[header.IndexOf(column)];

        Assert.Equal(header.Count, row.Count);
        Assert.Equal(HostileCase.Title, Cell("title"));
        Assert.Equal(HostileCase.Summary, Cell("summary"));
        Assert.Equal("'" + HostileCase.Partner, Cell("partners"));
        Assert.Equal("'" + HostileCase.Direct, Cell("beneficiaries_direct"));
        Assert.Equal("'" + HostileCase.Note, Cell("coproduction_note"));
        Assert.Equal("'" + HostileCase.Gaps, Cell("data_gaps"));
        Assert.Equal(HostileCase.SourceUrl, Cell("sources"));
        Portfolio.Tests.Shared.Every.Item(row, cell => Assert.False(cell.Length > 0 && "=+-@\t\r".Contains(cell[0], StringComparison.Ordinal), $"cell '{cell}' could run as a formula"));
    }

    [Fact]
    public void Hostile_text_round_trips_through_the_feed()
    {
        var entry = XDocument.Parse(site.Read("output/feed.xml")).Root!.Elements(Atom + "entry").First();

        Assert.Equal(HostileCase.Title, entry.Element(Atom + "title")!.Value);
        Assert.Equal(HostileCase.Summary, entry.Element(Atom + "summary")!.Value);
        Assert.Equal("https://fixture.example.org/cases/hostile/", entry.Element(Atom + "id")!.Value);
    }

    [Fact]
    public void Hostile_text_stays_inside_the_JSON_LD_element_and_in_the_social_tags()
    {
        var page = site.Page("/cases/hostile/");

        Portfolio.Tests.Shared.Every.Item(page.Scripts, s => Assert.True(s.Type == "application/ld+json" || s.Source is { Length: > 0 }, "a script element escaped from the JSON-LD"));
        var script = Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
        Assert.DoesNotContain('<', script.TextContent);
        Assert.DoesNotContain('>', script.TextContent);
        var project = JsonDocument.Parse(script.TextContent).RootElement;
        Assert.Equal(HostileCase.Title, project.GetProperty("name").GetString());
        Assert.Equal(HostileCase.Summary, project.GetProperty("description").GetString());
        Assert.Equal(HostileCase.Partner, project.GetProperty("member")[0].GetProperty("name").GetString());

        Assert.Equal(HostileCase.Title, page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Equal(HostileCase.Title, page.QuerySelector("h1")!.TextContent);
    }
}
