using System.Text.Json;
using Portfolio.OpenData;
using Portfolio.Tests.Support;

namespace Portfolio.Tests.OpenData;

public sealed class DataPageTests : IDisposable
{
    readonly FixtureSite site = new();

    public void Dispose() => site.Dispose();

    [Fact]
    public void Data_page_links_the_files_and_the_schema()
    {
        site.BuildClean();

        var page = site.Page("/data/");
        var links = page.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/data/cases.json", links);
        Assert.Contains("/data/cases.csv", links);
        Assert.Contains("/data/cases/alpha.json", links);
        Assert.Contains("/schema/case.schema.json", links);
    }

    [Fact]
    public void Every_page_footer_leads_to_the_Data_page()
    {
        site.BuildClean();

        foreach (var path in new[] { "/", "/cases/alpha/", "/404.html" })
        {
            Assert.NotNull(site.Page(path).QuerySelector("footer a[href='/data/']"));
        }
    }

    [Fact]
    public void Data_page_lists_every_csv_column_and_gives_the_licence_and_the_citation()
    {
        site.BuildClean();

        var page = site.Page("/data/");
        var columns = page.QuerySelectorAll("table.columns tbody th").Select(th => th.TextContent).ToList();
        var header = Rfc4180Reader.Read(site.Read("output/data/cases.csv").TrimStart('\uFEFF'))[0];
        Assert.Equal(header, columns);
        Portfolio.Tests.Shared.Every.Item(page.QuerySelectorAll("table.columns tbody td"), td => Assert.False(td.TextContent.StartsWith("data.", StringComparison.Ordinal)));

        var licence = page.QuerySelector("main a[rel=license]")!;
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", licence.GetAttribute("href"));
        var citation = JsonDocument.Parse(site.Read("output/data/cases.json")).RootElement.GetProperty("citation").GetString();
        Assert.Equal(citation, page.QuerySelector("main .citation")!.TextContent.Trim());
    }

    [Fact]
    public void Data_page_describes_the_data_set_in_JSON_LD()
    {
        site.BuildClean();

        var script = site.Page("/data/").QuerySelector("script[type='application/ld+json']")!;
        var dataset = JsonDocument.Parse(script.TextContent).RootElement;
        Assert.Equal("Dataset", dataset.GetProperty("@type").GetString());
        Assert.Equal("2026-02-01", dataset.GetProperty("dateModified").GetString());
        Assert.Equal(2, dataset.GetProperty("distribution").GetArrayLength());
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("a=b", "a=b")]
    public void Csv_cells_are_quoted_when_needed_and_formulas_made_inert(string value, string expected)
    {
        var line = new System.Text.StringBuilder();
        CsvCell.Append(line, value);
        Assert.Equal(expected, line.ToString());
    }
}
