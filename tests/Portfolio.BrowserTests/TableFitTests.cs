namespace Portfolio.BrowserTests;

/// <summary>
/// Every table the site renders fits a phone 320 and 390 pixels wide without scrolling sideways and without losing a
/// cell: the pages are found in the built site, not listed by hand, so a new table is tested as soon as it exists.
/// </summary>
[Collection(BrowserSite.Name)]
public sealed class TableFitTests(BuiltSite site, Chromium chromium)
{
    public static TheoryData<int> Widths() => [320, 390];

    /// <summary>Every built page that holds a table, by site path.</summary>
    List<string> PagesWithTables() =>
    [
        .. Directory.EnumerateFiles(site.OutputDir, "*.html", SearchOption.AllDirectories)
            .Where(file => File.ReadAllText(file).Contains("<table", StringComparison.Ordinal))
            .Select(file => "/" + Path.GetRelativePath(site.OutputDir, file).Replace('\\', '/').Replace("index.html", "", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal),
    ];

    [SkippableTheory]
    [MemberData(nameof(Widths))]
    public async Task Every_table_of_the_site_fits_a_phone_and_shows_every_cell(int width)
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var pages = PagesWithTables();
        Assert.Contains("/framework/", pages);
        Assert.Contains("/beneficiaries/", pages);
        Assert.Contains("/data/", pages);
        Assert.Contains(pages, p => p.StartsWith("/cases/", StringComparison.Ordinal));
        var page = await chromium.NewPageAsync(width, 800);
        var problems = new List<string>();
        var tables = 0;

        foreach (var path in pages)
        {
            await page.GotoAsync(site.BaseUrl + path);
            tables += await page.Locator("main table").CountAsync();
            problems.AddRange((await TableFit.ProblemsAsync(page)).Select(p => $"{path}: {p}"));
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
        Assert.True(tables >= pages.Count);
        await page.Context.CloseAsync();
    }

    [SkippableTheory]
    [InlineData(390, "matrix")]
    [InlineData(390, "beneficiaries")]
    [InlineData(1280, "matrix")]
    public async Task The_matrix_and_the_beneficiaries_read_as_blocks_on_a_phone_and_as_tables_on_a_wide_screen(int width, string table)
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        var page = await chromium.NewPageAsync(width, 900);
        await page.GotoAsync(site.BaseUrl + (table == "matrix" ? "/framework/" : "/beneficiaries/"));

        var display = await page.Locator($"main table.{table} tbody tr").First.EvaluateAsync<string>("e => getComputedStyle(e).display");
        var label = await page.Locator($"main table.{table} tbody td").First.EvaluateAsync<string>("e => getComputedStyle(e, '::before').content");

        Assert.Equal(width < 600 ? "block" : "table-row", display);
        if (width < 600)
        {
            Assert.Contains(table == "matrix" ? "Co-commissioning" : "Direct beneficiaries", label, StringComparison.Ordinal);
        }

        await page.Context.CloseAsync();
    }
}
