namespace Portfolio.Tests.Site;

public sealed class FrameworkPageTests(BuiltFixture site) : IClassFixture<BuiltFixture>
{
    static readonly string[] Levels = ["individual", "group", "collective"];
    static readonly string[] Phases = ["co-commissioning", "co-design", "co-delivery", "co-assessment"];

    [Theory]
    [InlineData("group-co-design", "Alpha", "/cases/alpha/")]
    [InlineData("individual-co-commissioning", "Beta", "/cases/beta/")]
    [InlineData("individual-co-delivery", "Beta", "/cases/beta/")]
    public void Matrix_places_each_fixture_case_in_its_cell(string cell, string title, string url)
    {
        var link = site.Page("/framework/").One($"table.matrix td#{cell} a");

        Assert.Equal(title, link.Text());
        Assert.Equal(url, link.GetAttribute("href"));
    }

    [Fact]
    public void Every_other_cell_of_the_matrix_is_empty()
    {
        var page = site.Page("/framework/");
        string[] filled = ["group-co-design", "individual-co-commissioning", "individual-co-delivery"];

        foreach (var id in Levels.SelectMany(level => Phases.Select(phase => $"{level}-{phase}")).Except(filled))
        {
            var cell = page.One($"table.matrix td#{id}");
            Assert.Empty(cell.QuerySelectorAll("a"));
        }
    }

    [Fact]
    public void Empty_cells_are_marked_for_screen_readers()
    {
        var empty = site.Page("/framework/").QuerySelectorAll("table.matrix td.empty");

        Assert.Equal(9, empty.Length);
        foreach (var cell in empty)
        {
            Assert.Equal("No case", cell.One(".visually-hidden").Text());
            Portfolio.Tests.Shared.Every.Item(cell.Children.Where(c => !c.ClassList.Contains("visually-hidden")), c => Assert.Equal("true", c.GetAttribute("aria-hidden")));
        }
    }

    [Fact]
    public void Matrix_is_a_table_with_a_caption_and_scoped_headers_for_three_levels_and_four_phases()
    {
        var table = site.Page("/framework/").One("table.matrix");

        Assert.Contains("2 cases", table.One("caption").Text(), StringComparison.Ordinal);
        Assert.Equal(["Level", "Co-commissioning", "Co-design", "Co-delivery", "Co-assessment"], table.Texts("thead th[scope=col]"));
        Assert.Equal(["Individual", "Group", "Collective"], table.Texts("tbody th[scope=row]"));
        Assert.Equal(12, table.QuerySelectorAll("tbody td").Length);
    }

    [Fact]
    public void Framework_page_defines_every_level_and_phase_where_the_matrix_headers_point()
    {
        var page = site.Page("/framework/");

        foreach (var href in page.Hrefs("table.matrix th a"))
        {
            var id = href.Split('#')[1];
            Assert.NotNull(page.GetElementById(id)?.QuerySelector("dd"));
        }

        Assert.Equal("Designing.", page.One("#phase-co-design dd").Text());
        Assert.Equal("A group.", page.One("#level-group dd").Text());
    }

    [Fact]
    public void Framework_page_shows_the_capacity_and_willingness_matrix_with_its_outcomes()
    {
        var table = site.Page("/framework/").One("table.capacity-matrix");

        Assert.Equal(["High capacity", "Low capacity"], table.Texts("tbody th[scope=row]"));
        Assert.Equal(["Capacity", "High willingness", "Low willingness"], table.Texts("thead th[scope=col]"));
        Assert.StartsWith("Co-production likely", table.One("tbody tr:first-child td").Text(), StringComparison.Ordinal);
        Assert.StartsWith("Co-production unlikely", table.One("tbody tr:last-child td:last-child").Text(), StringComparison.Ordinal);
    }
}
